"""The four maturity levels (a snapshot's stage) with their names in both languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    key: str
    number: int
    name: dict[str, str]

    def label(self, lang: str) -> str:
        return self.name.get(lang) or self.name["en"]


LEVELS: tuple[Level, ...] = (
    Level("initial", 1, {"en": "Initial", "tr": "Başlangıç"}),
    Level("planned", 2, {"en": "Planned", "tr": "Planlı Çalışma"}),
    Level("measured", 3, {"en": "Measured", "tr": "Ölçülebilir Performans"}),
    Level("optimized", 4, {"en": "Optimized", "tr": "Yüksek Performans ve Kalite"}),
)
STAGE_KEYS: tuple[str, ...] = tuple(level.key for level in LEVELS)
_BY_KEY = {level.key: level for level in LEVELS}


def level(key: str) -> Level:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValueError(
            f"unknown stage {key!r}; expected one of: {', '.join(STAGE_KEYS)}"
        ) from None


def stage_label(key: str, lang: str = "en") -> str:
    return level(key).label(lang)
