"""The wizard's text size: one zoom for the laptop, one for workshop mode (the projector),
changed with Ctrl+plus / Ctrl+minus, Ctrl+0 back to the mode's own size, and remembered
in the app's settings for the next wizard."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from csmm_desktop.views.wizard.style import NORMAL_ZOOM, WORKSHOP_ZOOM, ZOOM_STEP, clamp_zoom

KEYS = {False: "wizard/zoom", True: "wizard/workshopZoom"}
DEFAULTS = {False: NORMAL_ZOOM, True: WORKSHOP_ZOOM}


class Zoom:
    def __init__(self, settings: QSettings | None):
        self.settings = settings
        self.values = {mode: self._read(mode) for mode in (False, True)}

    def _read(self, workshop: bool) -> float:
        raw = self.settings.value(KEYS[workshop]) if self.settings is not None else None
        try:
            return clamp_zoom(float(raw)) if raw is not None else DEFAULTS[workshop]
        except (TypeError, ValueError):
            return DEFAULTS[workshop]

    def value(self, workshop: bool) -> float:
        return self.values[workshop]

    def change(self, workshop: bool, step: int) -> float:
        """+1 bigger, -1 smaller, 0 the mode's own size; the new zoom (remembered)."""
        now = self.values[workshop]
        new = DEFAULTS[workshop] if step == 0 else clamp_zoom(now * ZOOM_STEP**step)
        self.values[workshop] = new
        if self.settings is not None:
            if new == DEFAULTS[workshop]:
                self.settings.remove(KEYS[workshop])
            else:
                self.settings.setValue(KEYS[workshop], new)
        return new
