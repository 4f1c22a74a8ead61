"""The one set of sort keys every sortable list uses (views/sort_keys.py, through
views/rows_model.py): numbers and dates in their order, the Turkish alphabet, blanks last."""

from csmm_desktop.views.sort_keys import date_key, text_key, value_key


def test_numbers_written_any_way_sort_as_numbers():
    texts = ["100", "63,4", "%9", "9.5", "−2", "12%"]
    assert sorted(texts, key=text_key) == ["−2", "%9", "9.5", "12%", "63,4", "100"]


def test_dates_as_the_app_writes_them_sort_in_date_order():
    texts = ["9 Feb 2026 14:03", "Şubat 2025", "01.12.2025", "9 Feb 2026 09:30", "Jan 2026"]
    assert sorted(texts, key=text_key) == [
        "Şubat 2025",
        "01.12.2025",
        "Jan 2026",
        "9 Feb 2026 09:30",
        "9 Feb 2026 14:03",
    ]
    assert date_key("not a date 2026") is None


def test_texts_follow_the_turkish_alphabet_and_blanks_come_last():
    texts = ["Zeynep", "—", "Çağrı", "", "Can", "İpek", "Ilgaz", "Ali"]
    assert sorted(texts, key=text_key) == [
        "Ali",
        "Can",
        "Çağrı",
        "Ilgaz",
        "İpek",
        "Zeynep",
        "—",
        "",
    ]
    assert sorted([None, 3, "b", 1.5, ""], key=value_key) == [1.5, 3, "b", None, ""]


def test_numbers_inside_texts_accents_and_spaces_sort_as_a_turkish_reader_expects():
    # a bulk rename writes "Şube 1" … "Şube 12": in number order, not 1, 10, 11, 12, 2
    texts = ["Şube 10", "Şube 2", "Şube 1", "Şube 12", "E-03", "E-1"]
    assert sorted(texts, key=text_key) == ["E-1", "E-03", "Şube 1", "Şube 2", "Şube 10", "Şube 12"]
    # â î û are their letters with an accent (Kâzım among the Ka…, not after Kuzu);
    # a space comes before any letter (the words in their order)
    texts = ["Kuzu", "Kâzım", "Kaya", "Ayşegül", "Ayşe Can", "Âdem", "Ada", "Hâkim", "Hakan"]
    assert sorted(texts, key=text_key) == [
        "Ada",
        "Âdem",
        "Ayşe Can",
        "Ayşegül",
        "Hakan",
        "Hâkim",
        "Kaya",
        "Kâzım",
        "Kuzu",
    ]


def test_a_number_still_being_worked_out_sorts_with_the_blanks():
    # a big snapshot's score is "…" while the worker scores it: last, both ways
    assert text_key("…") == text_key("—") == text_key("")
