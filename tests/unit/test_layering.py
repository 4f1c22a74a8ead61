"""The house rules that only habit kept, as a test: the Qt-free core stays Qt-free, and the
direction of imports is views → services → store/domain/charts/reports, never back."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "csmm_desktop"
QT_FREE = ("domain", "store", "services", "charts", "reports")
TOP_LEVEL_QT_FREE = ("messages.py", "outputs.py", "config.py", "logs.py", "cli.py")


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in a file, the lazy ones inside functions too."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def qt_free_files() -> list[Path]:
    files = [p for part in QT_FREE for p in sorted((PACKAGE / part).rglob("*.py"))]
    return files + [PACKAGE / name for name in TOP_LEVEL_QT_FREE]


@pytest.mark.parametrize("path", qt_free_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_imports_neither_qt_nor_the_windows(path):
    bad = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module}"
        for line, module in imports(path)
        if module.split(".")[0] in ("PySide6", "shiboken6")
        or module.startswith(("csmm_desktop.views", "csmm_desktop.forms", "csmm_desktop.app"))
    ]
    if path.name == "cli.py":  # the command line opens the window: only through app.run_gui
        bad = [b for b in bad if not b.endswith("imports csmm_desktop.app")]
    assert bad == []


def test_the_scan_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import Qt\n")
    assert imports(sample) == [(2, "PySide6.QtCore")]


@pytest.mark.parametrize(
    "layer, may_not",
    [
        ("domain", ("csmm_desktop.services", "csmm_desktop.store", "csmm_desktop.reports")),
        ("store", ("csmm_desktop.services", "csmm_desktop.reports", "csmm_desktop.charts")),
        ("charts", ("csmm_desktop.services", "csmm_desktop.store", "csmm_desktop.reports")),
        ("services", ("csmm_desktop.reports",)),
    ],
)
def test_imports_go_one_way(layer, may_not):
    bad = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for line, module in imports(path)
        if module.startswith(may_not)
    ]
    assert bad == []
