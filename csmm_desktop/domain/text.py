"""Turkish-aware case folding and sorting (i/İ and ı/I are different letters)."""

from __future__ import annotations

import re
import unicodedata

_TR_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvwxyzq"
_RANK = {ch: i for i, ch in enumerate(_TR_ALPHABET)}


def tr_lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def tr_upper(text: str) -> str:
    return text.replace("i", "İ").replace("ı", "I").upper()


def without_controls(text: str, keep: str = "\n\t") -> str:
    """Text with control characters (NUL, escape codes...) removed, except `keep`.

    SQLite's length() stops at a NUL, and a terminal or a PDF may choke on the others; a
    person never types them on purpose.
    """
    return "".join(ch for ch in text if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs"))


def fold(text: str) -> str:
    """For matching what a user typed: case-, accent-of-i- and space-insensitive."""
    return " ".join(tr_lower(text).replace("ı", "i").split())


def search_fold(text: str) -> str:
    """For searching: `fold` without accents, so a search matches in both directions
    whether or not the Turkish letters were typed ("gunes" and "güneş" both find "Güneş",
    "izmir" finds "İzmir", "IZMIR" finds "İzmir")."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def turkish_sort_key(text: str) -> tuple:
    """Sort key following the Turkish alphabet (c < ç < d, g < ğ < h, ı < i, o < ö, s < ş,
    u < ü). A run of digits is one number ("Şube 2" < "Şube 10"); a letter with an accent
    the alphabet does not rank (â î û, é) sorts as its letter, the accent only breaking a
    tie ("Kaya" < "Kâzım" < "Kuzu"); a space comes before every number and letter ("Ayşe
    Can" < "Ayşegül"); other signs after the letters."""
    primary: list[int] = []
    accents: list[tuple[int, str]] = []  # (place, letter) of the accented letters
    for run in _RUNS.findall(tr_lower(text.strip())):
        rank = _RANK.get(run)
        if rank is not None:
            primary.append(rank)
        elif run[0].isdecimal():
            primary.append(_NUMBER + min(int(run), _BIGGEST))
        elif run.isspace():
            primary.append(_SPACE)
        else:
            rank = _RANK.get(unicodedata.normalize("NFKD", run)[0])
            if rank is None:
                primary.append(_OTHER + ord(run))
            else:
                accents.append((len(primary), run))
                primary.append(rank)
    return (tuple(primary), tuple(accents))


_RUNS = re.compile(r"\d+|\s+|.", re.DOTALL)  # a number, a space, or one character
_BIGGEST = 10**18  # numbers past it sort as it (an id, not a count)
_SPACE = -3 * _BIGGEST  # before the numbers, which come before the letters (0…31)
_NUMBER = -2 * _BIGGEST
_OTHER = 1000  # + the sign's code point: after the letters


# --- cleaning what comes from files and keyboards ------------------------------------------

# Unpaired, these reorder everything after them on a screen or a printed page ("R-001"
# shows as "100-R"); nobody types them into a survey on purpose.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_SPACES = frozenset("\t\x1f")
# Letters and symbols that draw nothing: Hangul fillers, Braille blank, grapheme joiner...
_BLANK_CHARS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5")
_INVISIBLE_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"))


def clean_text(text: str, keep: str = "\n\t", *, strip: bool = True) -> str:
    """`text` as it may be stored: control characters (NUL, escape codes...), lone
    surrogates and bidi override/isolate controls removed; line breaks (CR, CR LF, U+2028...)
    become "\\n" when `keep` has it, else a space, and so does a tab not kept. Leading and
    trailing white space is stripped unless `strip` is False.

    Cheap for the usual text (one C-level check); the per-character work only runs when there
    is something to clean."""
    if text.isprintable():  # no Cc, Cf, Cs, Zl, Zp, and no space but " "
        return text.strip() if strip else text
    keep_newline = "\n" in keep
    out: list[str] = []
    append = out.append
    previous_cr = False
    for ch in text:
        if ch == "\n" and previous_cr:  # the second half of CR LF
            previous_cr = False
            continue
        previous_cr = ch == "\r"
        if ch in keep:
            append(ch)
        elif ch in _LINE_BREAKS:
            append("\n" if keep_newline else " ")
        elif ch in _SPACES:
            append(" ")
        elif ch in _BIDI_CONTROLS:
            continue
        elif unicodedata.category(ch) not in ("Cc", "Cs"):
            append(ch)
    cleaned = "".join(out)
    return cleaned.strip() if strip else cleaned


def clean_line(text: str) -> str:
    """A one-line label (a name, a code): cleaned, without invisible format characters
    (Unicode's Cf: zero-width space and joiners, bidi marks, BOM, tag characters, soft
    hyphen...), runs of white space made one space, in Unicode's composed form (NFC), so
    that two labels that look alike compare alike ("Ali" and " Ali\\u200b" are one)."""
    cleaned = clean_text(text, keep="")
    if not cleaned.isprintable():  # (Cf is not printable: the usual text skips this)
        cleaned = "".join(ch for ch in cleaned if unicodedata.category(ch) != "Cf")
    cleaned = " ".join(cleaned.split())
    if cleaned.isascii():
        return cleaned
    return unicodedata.normalize("NFC", cleaned)


def is_visible(text: str) -> bool:
    """Whether `text` shows anything: False for empty text and for text made only of white
    space, zero-width, bidi, formatting or combining characters (which a name must not be)."""
    if text.isascii():
        return any("!" <= ch <= "~" for ch in text)
    return any(
        ch not in _BLANK_CHARS and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
        for ch in text
    )
