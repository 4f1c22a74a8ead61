import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Bytecode is written for the run, whatever PYTHONDONTWRITEBYTECODE says (the caches are
# gitignored): without it every worker rewrites and compiles all 130 test modules anew
# (~6 s of collection each) and every CLI/app subprocess compiles csmm_desktop from source.
# The benchmarks drop it for the same reason.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pytest  # noqa: E402

from csmm_desktop.store import open_store  # noqa: E402


class RealModalOpened(AssertionError):
    """A test reached a real modal dialog, which would wait for a click forever."""


@pytest.fixture(autouse=True)
def no_real_modals(monkeypatch):
    """Every modal a test could open fails the test at once, naming it, instead of hanging
    the run: tests answer through the `modal` fixture (views/dialogs.py, the one seam) or
    replace a dialog's exec(). pytest-timeout (pyproject.toml) catches any other hang."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    def refuse(what):
        def call(*args, **kwargs):
            raise RealModalOpened(
                f"a real modal opened ({what}): answer it through the `modal` fixture, "
                "or replace the dialog's exec() in the test"
            )

        return call

    for cls, names in (
        (QDialog, ("exec",)),
        (QMessageBox, ("exec", "information", "warning", "critical", "question", "about")),
        (QFileDialog, ("exec", "getOpenFileName", "getSaveFileName", "getExistingDirectory")),
        (QInputDialog, ("exec", "getText", "getInt", "getDouble", "getItem")),
        (QMenu, ("exec",)),
    ):
        for name in names:
            call = refuse(f"{cls.__name__}.{name}")
            monkeypatch.setattr(cls, name, call if name == "exec" else staticmethod(call))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db(data_dir: Path, request):
    """The data folder's store, as open_store leaves a new one (a copy of empty_template,
    opened); the same store as demo_db where a test uses that too."""
    if "demo_db" in request.fixturenames:
        yield request.getfixturevalue("demo_db")
        return
    database = open_copy(request.getfixturevalue("empty_template"), data_dir)
    yield database
    database.close()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A new data folder's store file, made once per worker: open_store on an empty folder
    runs every migration (~14 ms), a copy of its result opens in ~5 ms; the `db` fixture
    takes a copy (copy_demo draws it an installation id of its own, as a new store has)."""
    from csmm_desktop.config import db_path

    folder = tmp_path_factory.mktemp("empty-template") / "data"
    open_store(folder).close()
    return db_path(folder)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A store file holding the demo client (services.demo.add_demo), built once per
    worker: add_demo costs ~0.3 s, a copy of its result ~10 ms (copy_demo)."""
    from csmm_desktop.config import db_path
    from csmm_desktop.services.demo import add_demo

    folder = tmp_path_factory.mktemp("demo-template") / "data"
    database = open_store(folder)
    add_demo(database)
    database.close()
    return db_path(folder)


def copy_demo(template: Path, data_dir: Path) -> None:
    """Put a copy of the store `template` (demo_template: as open_store + add_demo leave
    it; empty_template: as open_store leaves a new one) in the (new) data folder
    `data_dir`, with an installation id of its own (a store's first migration draws one;
    bundles name it)."""
    import sqlite3

    from csmm_desktop.config import db_path

    data_dir.mkdir(parents=True, exist_ok=True)
    target = db_path(data_dir)
    assert not target.exists(), target
    source, copy = sqlite3.connect(template), sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute(
            "UPDATE installation SET id = lower(hex(randomblob(16))), "
            "created_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
        )
        copy.commit()
    finally:
        source.close()
        copy.close()


def open_copy(template: Path, data_dir: Path):
    """The store of the data folder `data_dir`, made a copy of `template` (copy_demo) and
    opened."""
    copy_demo(template, data_dir)
    return open_store(data_dir)


@pytest.fixture
def demo_db(data_dir: Path, demo_template: Path):
    """The `db` fixture's store with the demo client in it (a copy of demo_template), for
    tests that need the demo as their data, not add_demo itself at work."""
    database = open_copy(demo_template, data_dir)
    yield database
    database.close()


@pytest.fixture(scope="module")
def unpainted_charts():
    """For modules that read a report's text and layout, never its pictures: each chart is
    still built from the data and placed at its real size, but not rasterised (matplotlib's
    drawing is half of a report's time, and a PDF's text never holds a chart's words).
    Drawing every chart into the reports is tested in test_reports.py, test_reports_layout.py,
    test_one_rule.py and test_charts.py. Use: pytestmark = pytest.mark.usefixtures(...)."""
    from PIL import Image

    from csmm_desktop import charts
    from csmm_desktop.reports.pictures import PICTURES

    def unpainted(fig, dpi=150):
        return Image.new("RGB", (1, 1), "white")

    patch = pytest.MonkeyPatch()
    patch.setattr(charts, "to_image", unpainted, raising=False)
    PICTURES.clear()  # neither meet the pictures drawn before nor leave blank ones behind
    yield
    PICTURES.clear()
    patch.undo()
