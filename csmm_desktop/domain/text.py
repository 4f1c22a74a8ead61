"""Turkish-aware case folding and sorting (i/İ and ı/I are different letters)."""

from __future__ import annotations

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


def turkish_sort_key(text: str) -> tuple:
    """Sort key following the Turkish alphabet (c < ç < d, g < ğ < h, ı < i, o < ö, s < ş, u < ü)."""
    key = []
    for ch in tr_lower(text.strip()):
        if ch in _RANK:
            key.append((0, _RANK[ch], ""))
        elif ch.isdigit():
            key.append((-1, int(ch), ""))
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            key.append((1, _RANK.get(base, 999), ch))
    return tuple(key)
