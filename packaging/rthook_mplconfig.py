"""PyInstaller runtime hook: a persistent matplotlib cache.

PyInstaller's own hook points MPLCONFIGDIR at a fresh temporary folder each start, so the
font cache is rebuilt every time (+0.6 s). This hook runs after it, before matplotlib is
imported, and uses the user's cache folder instead.
"""

import os
import sys
from pathlib import Path

if getattr(sys, "frozen", False):
    from platformdirs import user_cache_dir

    cache = Path(user_cache_dir("csmm-desktop", appauthor=False)) / "matplotlib"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(cache)
    except OSError:
        pass  # a read-only home: matplotlib falls back to a temporary folder
