"""Turkish-aware folding: what the client search and the duplicate checks compare."""

import pytest

from csmm_desktop.domain.text import fold, search_fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("gunes", "Güneş"),
        ("güneş", "Gunes"),
        ("izmir", "İzmir"),
        ("IZMIR", "İzmir"),
        ("isik", "Işık"),
        ("cagri merkezi", "Çağrı  Merkezi"),
        ("ozturk", "Öztürk"),
    ],
)
def test_search_fold_matches_with_or_without_turkish_letters(typed, stored):
    assert search_fold(typed) == search_fold(stored)


def test_search_fold_keeps_different_words_apart():
    assert search_fold("kar") != search_fold("kır")
    assert search_fold("gunes") not in search_fold("Güney Lojistik")


def test_fold_still_tells_accented_letters_apart():
    # fold is what duplicate names are checked with: "Kargo Süresi" and "Kargo Suresi"
    # are kept apart there; only the search is accent-blind
    assert fold("Süre") != fold("Sure")
    assert fold("İzmir") == fold("izmir")
