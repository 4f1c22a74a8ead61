"""Python code run in an interpreter of its own, from the checkout, as the app's processes
run: what one test process cannot show (the modules a start imports, the order it does
things in, how it exits)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(
    code: str, *args: object, timeout: float = 60, **options
) -> subprocess.CompletedProcess:
    """`python -c code args...` in the checkout; its output captured as text."""
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        **options,
    )
