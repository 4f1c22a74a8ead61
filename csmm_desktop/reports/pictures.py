"""Chart pictures drawn before in this process, kept for the next report that prints them.

Drawing a chart (matplotlib: building the figure, its constrained layout and its pixels) is
most of a report's time, and a consultant often exports the same report again (another
issuer, the checklist, a reworded recommendation, the Turkish then the bilingual one): the
charts are the same pixels each time. A picture is kept under its chart builder (the
function object itself, so a replaced builder never meets another's pictures) and a digest
of everything the builder is given and the room it is printed in: the same data, language,
size and room give the same picture, other data another key. Nothing is ever invalidated.

Kept compressed (charts are mostly white: a page-high heat map of 4 MB of pixels keeps in
~0.2 MB), within BUDGET bytes, the least recently used first to go. Arguments that do not
pickle are never kept (the chart is drawn as before), nor a picture that its mode, size and
bytes do not make again (a palette or a transparency key: charts.to_image gives RGB).
"""

from __future__ import annotations

import hashlib
import pickle
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.Image import Image

BUDGET = 48 * 1024 * 1024  # bytes of compressed pixels at most

Key = tuple[Callable[..., Any], bytes]


class Pictures:
    """A bounded, thread-safe memo of drawn chart pictures (image, printed width, height)."""

    def __init__(self, budget: int = BUDGET) -> None:
        self.budget = budget
        self._kept: OrderedDict[Key, tuple[bytes, str, tuple[int, int], float, float]] = (
            OrderedDict()
        )
        self._size = 0
        self._lock = threading.Lock()

    @staticmethod
    def key(build: Callable[..., Any], args: tuple, kwargs: dict, room: tuple) -> Key | None:
        """The key of `build(*args, **kwargs)` printed in `room`; None if it cannot be told."""
        try:
            given = pickle.dumps((args, sorted(kwargs.items()), room), protocol=5)
        except (pickle.PicklingError, TypeError, AttributeError):
            return None
        return build, hashlib.blake2b(given, digest_size=20).digest()

    def get(self, key: Key) -> tuple[Image, float, float] | None:
        with self._lock:
            found = self._kept.get(key)
            if found is None:
                return None
            self._kept.move_to_end(key)
        from PIL import Image as PilImage

        packed, mode, size, width, height = found
        return PilImage.frombytes(mode, size, zlib.decompress(packed)), width, height

    def put(self, key: Key, image: Image, width: float, height: float) -> None:
        if image.palette is not None or image.info:
            return  # its colours are not all in its bytes (a palette, a transparency key)
        packed = zlib.compress(image.tobytes(), 1)
        if len(packed) > self.budget:
            return
        with self._lock:
            old = self._kept.pop(key, None)
            if old is not None:
                self._size -= len(old[0])
            self._kept[key] = (packed, image.mode, image.size, width, height)
            self._size += len(packed)
            while self._size > self.budget:
                _key, (gone, *_rest) = self._kept.popitem(last=False)
                self._size -= len(gone)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._size = 0


PICTURES = Pictures()
