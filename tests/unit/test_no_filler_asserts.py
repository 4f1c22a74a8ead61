"""A test that cannot fail is a defect (CONTRIBUTING.md): no assert in the suite holds
whatever the code does (assert True, assert x or True, assert x == x, assert not False)."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _always_true(test: ast.expr) -> bool:
    if isinstance(test, ast.Constant):
        return bool(test.value)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return isinstance(test.operand, ast.Constant) and not test.operand.value
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return any(_always_true(value) for value in test.values)
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return all(_always_true(value) for value in test.values)
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        same = ast.dump(test.left) == ast.dump(test.comparators[0])
        return same and isinstance(test.ops[0], ast.Eq | ast.Is | ast.LtE | ast.GtE)
    return False


def fillers(source: str) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Assert) and _always_true(node.test)
    ]


def test_no_assert_in_the_suite_holds_whatever_the_code_does():
    found = [
        f"{path.relative_to(TESTS)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in fillers(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_tells_a_filler_from_a_real_assert():
    assert fillers("assert True\nassert x or True\nassert a.b == a.b\nassert not False\n") == [
        1,
        2,
        3,
        4,
    ]
    assert fillers("assert x\nassert x or y\nassert a == b\nassert not x\nassert x == 1\n") == []
