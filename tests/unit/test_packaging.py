"""The wheel `pip install .` builds holds every package and every resource file.

A package left out of the wheel only shows in an installed app (the window stayed on
"Opening your data…" when csmm_desktop.views.cxboard was missing), so the wheel itself is
built from a copy of the checkout and read. .ci/run installs it and runs it as a user does.
"""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "csmm_desktop", "resources")
CACHES = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")


def shipped(folder: Path) -> list[Path]:
    """The files under `folder` that belong in a wheel (no caches)."""
    return sorted(
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> dict[str, bytes]:
    tree = tmp_path_factory.mktemp("checkout")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=CACHES)
        else:
            shutil.copy2(source, tree / name)
    out = tree / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["--no-index", "-w", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    [built] = out.glob("csmm_desktop-*.whl")
    with zipfile.ZipFile(built) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_every_module_of_every_package_is_in_the_wheel(wheel):
    package = ROOT / "csmm_desktop"
    modules = [f"csmm_desktop/{p.as_posix()}" for p in shipped(package) if p.suffix == ".py"]
    folders = {str(Path(m).parent) for m in modules}
    assert "csmm_desktop/views/cxboard" in folders  # the one that was left out
    missing = sorted(m for m in modules if m not in wheel)
    assert not missing, f"not in the wheel (a folder without __init__.py?): {missing}"


def test_every_resource_file_is_in_the_wheel_inside_the_package(wheel):
    resources = [f"csmm_desktop/resources/{p.as_posix()}" for p in shipped(ROOT / "resources")]
    kinds = {Path(r).parent.name for r in resources}
    assert {"form", "demo", "icons", "engagement", "cxboard", "guide", "en", "tr"} <= kinds
    # the user guide in both languages, with its style sheet (views/help.py reads them)
    for lang in ("en", "tr"):
        assert f"csmm_desktop/resources/guide/{lang}/index.html" in wheel
    assert "csmm_desktop/resources/guide/style.css" in wheel
    assert not sorted(set(resources) - set(wheel)), "add its pattern to package-data"
    qm_files = (ROOT / "csmm_desktop" / "i18n").glob("*.qm")
    translations = [f"csmm_desktop/i18n/{p.name}" for p in qm_files]
    assert translations and set(translations) <= set(wheel)
    # Turkish, and English for its plural forms ("1 action" / "3 actions")
    for lang in ("tr", "en"):
        assert f"csmm_desktop/i18n/csmm_desktop_{lang}.qm" in wheel


def test_the_bundle_spec_lists_every_compiled_translation():
    spec = (ROOT / "packaging" / "csmm_desktop.spec").read_text()
    assert '"csmm_desktop/resources/guide"' in spec, "the bundle needs the user guide"
    for qm in (ROOT / "csmm_desktop" / "i18n").glob("*.qm"):
        assert f'"{qm.name}"' in spec, f"add {qm.name} to the spec's datas"


def test_the_wheel_holds_nothing_outside_the_package_and_has_the_command(wheel):
    tops = {name.split("/")[0] for name in wheel}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"csmm_desktop"}
    [entry_points] = [n for n in wheel if n.endswith(".dist-info/entry_points.txt")]
    assert "csmm-desktop = csmm_desktop.__main__:main" in wheel[entry_points].decode()
