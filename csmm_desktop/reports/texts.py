"""Every word the reports print, in English and Turkish (no Qt: a report's language is chosen
per report and is independent of the UI language). `t(lang, key, **values)` fills the
{placeholders}; `tn(lang, key, n, **values)` writes a count in the language's plural form.
Level, role, channel and status names come from the domain and the form.

Plurals: a text about a count `n` is the key's text ("{n} actions"); where English needs
another text for exactly one, the table holds it under "key:one" ("{n} action"). Turkish
keeps the noun singular after a number ("3 aksiyon"), so its tables have no ":one" texts.
"""

from __future__ import annotations

from csmm_desktop.domain.numbers import number, plural_form, whole
from csmm_desktop.messages import CATALOGUE, Message
from csmm_desktop.reports.texts_en import EN
from csmm_desktop.reports.texts_tr import MESSAGES_TR, TR

TEXTS: dict[str, dict[str, str]] = {"en": EN, "tr": TR}
MESSAGES: dict[str, dict[str, str]] = {"tr": MESSAGES_TR}  # English: the catalogue's own
ONE = ":one"  # the suffix of a text's singular form (see tn)


def t(lang: str, key: str, **values: object) -> str:
    """The text `key` in `lang` ("en" or "tr") with its {placeholders} filled."""
    text = TEXTS.get(lang, EN).get(key)
    if text is None:
        text = EN[key]
    return text.format(**values) if values else text


def tn(lang: str, key: str, n: float, **values: object) -> str:
    """The text `key` about `n` things in `lang`: its ":one" form where the language takes
    one for `n` as it is written (English 1), with {n} written as a number (1.234)."""
    one = f"{key}{ONE}"
    if plural_form(whole(n), lang) == "one" and one in TEXTS.get(lang, EN):
        key = one
    return t(lang, key, n=number(n, lang, 0), **values)


def nps_mix(lang: str, promoters: int, passives: int, detractors: int) -> str:
    """ "3 promoters, 1 passive, 2 detractors" / "3 destekçi, 1 pasif, 2 kötüleyen"."""
    counts = (("n_promoters", promoters), ("n_passives", passives), ("n_detractors", detractors))
    return ", ".join(tn(lang, key, n) for key, n in counts)


def render_message(lang: str, msg: Message) -> str:
    """A catalogue message (csmm_desktop.messages) in the report language: English is its
    template, Turkish the MESSAGES_TR text of its code (and of the messages in its args)."""
    own = MESSAGES.get(lang)
    if not own:
        return msg.render()
    by_template = {CATALOGUE[code]: text for code, text in own.items() if code in CATALOGUE}
    return msg.render(lambda _context, template: by_template.get(template, template))


# The board handout's words (reports/board_handout.py): key → (English, Turkish). Appended
# to the tables above; a key they already have keeps its text.
_BOARD_HANDOUT: dict[str, tuple[str, str]] = {
    "bh_title": ("CX board — {kind}", "Müşteri deneyimi kurulu — {kind}"),
    "bh_kind_metrics": ("Metrics meeting", "Metrik toplantısı"),
    "bh_kind_project_review": ("Project review meeting", "Proje değerlendirme toplantısı"),
    "bh_minutes_n": ("{n} min", "{n} dk"),
    "bh_usual": ("usually {low}–{high} min", "olağan süre {low}–{high} dk"),
    "bh_range": ("{low}–{high} min", "{low}–{high} dk"),
    "bh_attendees": ("Attendees ({n})", "Katılımcılar ({n})"),
    "bh_attendees_none": ("Attendees", "Katılımcılar"),
    "bh_no_attendees": ("No attendees recorded.", "Katılımcı kaydedilmedi."),
    "bh_agenda": ("Agenda", "Gündem"),
    "bh_no_agenda": ("No other agenda items recorded.", "Başka gündem maddesi kaydedilmedi."),
    "bh_other_items": ("Other items", "Diğer konular"),
    "bh_decisions": ("Decisions", "Kararlar"),
    "bh_no_decisions": ("No decisions recorded.", "Karar kaydedilmedi."),
    "bh_minutes": ("Minutes", "Toplantı notları"),
    "bh_no_minutes": ("No minutes recorded.", "Toplantı notu kaydedilmedi."),
    "bh_nps_since": ("{change} since {previous}", "{previous} dönemine göre {change}"),
    "bh_nps_first": ("first reading", "ilk ölçüm"),
    "bh_nps_mix": ("{total}: {mix}", "{total}: {mix}"),
    "bh_no_nps": ("No NPS reading before this meeting.", "Bu toplantıdan önce NPS ölçümü yok."),
    "bh_no_reasons": (
        "No contact volumes by reason before this meeting.",
        "Bu toplantıdan önce temas nedenine göre hacim yok.",
    ),
    "bh_run_up": ("run-up", "hızlı artış"),
    "bh_run_ups": ("Run-ups {previous} → {period}:", "Hızlı artışlar {previous} → {period}:"),
    "bh_no_run_ups": ("No contact reason grew.", "Artan temas nedeni yok."),
    "bh_no_compare": (
        "Run-ups need contact volumes of two months.",
        "Hızlı artışlar için iki ayın temas hacimleri gerekir.",
    ),
    "bh_col_project": ("Project", "Proje"),
    "bh_col_next_steps": ("Next steps", "Sonraki adımlar"),
    "bh_priority": ("priority {n}", "öncelik {n}"),
    "bh_no_projects": (
        "No open CX project before this meeting.",
        "Bu toplantıdan önce açık müşteri deneyimi projesi yok.",
    ),
    "bh_overdue_note": (
        "Due dates in red had passed by the day of the meeting.",
        "Kırmızı hedef tarihler toplantı günü itibarıyla geçmişti.",
    ),
    "bh_as_of_metrics": (
        "Figures as they stood before the meeting.",
        "Rakamlar toplantı öncesindeki hâliyle.",
    ),
    "bh_as_of_project_review": (
        "Projects as they stood before the meeting.",
        "Projeler toplantı öncesindeki hâliyle.",
    ),
    "bh_next": ("Next meeting", "Sonraki toplantı"),
    "bh_next_proposed": ("Next meeting (proposed)", "Sonraki toplantı (önerilen)"),
}
for _key, (_en, _tr) in _BOARD_HANDOUT.items():
    EN.setdefault(_key, _en)
    TR.setdefault(_key, _tr)
