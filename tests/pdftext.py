"""The text of each page of a PDF (pypdf's extract_text), read once per distinct file
content: reading a report's pages costs about as much as building it, and several tests of
a module read the same report. Keyed on the file's bytes, so a rewritten file is read anew."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

_READ: OrderedDict[bytes, tuple[str, ...]] = OrderedDict()
_KEPT = 64  # files' texts kept (a report's is ~50 kB)


def page_texts(path) -> list[str]:
    """[page.extract_text() for page in PdfReader(path).pages], from memory where the same
    bytes were read before."""
    data = Path(path).read_bytes()
    key = hashlib.sha256(data).digest()
    if key in _READ:
        _READ.move_to_end(key)
    else:
        _READ[key] = tuple(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
        if len(_READ) > _KEPT:
            _READ.popitem(last=False)
    return list(_READ[key])
