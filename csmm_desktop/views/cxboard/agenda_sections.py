"""A board agenda grouped by its sections, with the sections' titles in the UI language:
the kind's sections in their order first, then any other (an item typed in has none)."""

from __future__ import annotations

from collections.abc import Iterable

from csmm_desktop.services import cxboard as cx
from csmm_desktop.views.language import current_language


def section_titles(kind: str) -> dict[str, str]:
    """Section key → title, the kind's sections first, then the other kinds' ones."""
    lang = current_language()
    templates = cx.meeting_templates()
    ordered = [templates[kind]] if kind in templates else []
    ordered += [t for k, t in templates.items() if k != kind]
    titles: dict[str, str] = {}
    for template in ordered:
        for section in template.sections:
            titles.setdefault(section.key, section.title.get(lang) or section.title["en"])
    return titles


def grouped(
    items: Iterable[cx.AgendaItem], kind: str, other: str
) -> list[tuple[str, str, list[cx.AgendaItem]]]:
    """(section key, title, items) in agenda order; items of no known section come last
    under `other`. Sections without items are left out."""
    titles = section_titles(kind)
    found: dict[str, list[cx.AgendaItem]] = {}
    for item in items:
        found.setdefault(item.section if item.section in titles else "", []).append(item)
    order = [key for key in titles if key in found] + ([""] if "" in found else [])
    return [(key, titles.get(key, other), found[key]) for key in order]
