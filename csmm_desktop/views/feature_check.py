"""PySide6's look at every module imported after it, made cheaper (issue 18).

Once PySide6 is imported, its `__import__` asks of every newly imported module whether it
names PySide6 (for its `__feature__` switches, snake_case and true_property, which this
app does not use): `PySide6.support.feature._mod_uses_pyside` reads the module's whole
source through `inspect.getsource` and linecache, 0.2-0.35 ms a module. The start imports
some 150 modules after PySide6 (ours, the standard library's, numpy's later), most of
them on the way to the first screen: 15-35 ms.

`install()` gives PySide6 the same answer read straight from the module's file (~0.02 ms):
whether its bytes hold "PySide6", which they do exactly when its text does (the source is
UTF-8, or another encoding that writes ASCII as ASCII). A module without a source file
(an extension, a bundle's bytecode) is asked the original way. If PySide6 no longer has
the function, nothing is changed. tests/gui/test_feature_check.py checks that both give
the same answer for every module this app imports.

Measured with benchmarks/startup.py, in CONTRIBUTING.md's "Start-up tricks".
"""

from __future__ import annotations

import sys
from typing import Any

FAST = "_csmm_reads_the_file"  # marks the function install() put in place


def install() -> bool:
    """Put the quicker check in place (once); False if there was nothing to replace."""
    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, FAST, False):
        return False

    def uses_pyside(module: Any) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, FAST, True)
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
