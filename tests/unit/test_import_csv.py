"""Text tables as spreadsheets and people save them: encodings, broken quoting, control and
invisible characters."""

import pytest

from csmm_desktop.domain import csv_table
from csmm_desktop.domain.response_file import ResponseFileError
from csmm_desktop.domain.text import clean_line, clean_text, is_visible, without_controls
from csmm_desktop.services import assessment, clients


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Kurum")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-10")


def stored(db):
    return db.execute(
        "SELECT r.code, a.question_id, a.value FROM answers a "
        "JOIN respondents r ON r.key = a.respondent_key ORDER BY r.rowid, a.question_id"
    ).fetchall()


def refused(db, snapshot, path):
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, snapshot.id, path)
    assert db.execute("SELECT count(*) FROM respondents").fetchone()[0] == 0
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_excel_unicode_text_utf16_tab_separated(db, snapshot, tmp_path, encoding):
    text = "respondent\trole\t2.4.9-1\t1.1.8-1\r\nŞükrü\tclient\t9\t\r\nYönetici\tmanagement\t\tİyi, hızlı; çok iyi\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "unicode.txt"
    path.write_bytes(data)
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert (parsed.encoding, parsed.delimiter) == ("utf-16", "\t")
    assert stored(db) == [("Şükrü", "2.4.9-1", "9"), ("Yönetici", "1.1.8-1", "İyi, hızlı; çok iyi")]


def test_the_encoding_is_judged_on_the_whole_file(db, snapshot, tmp_path):
    """Windows-1254 whose first Turkish letter comes after megabytes of plain ASCII (long
    plain comments, so that a few thousand customers make the megabytes)."""
    comment = "The staff were helpful and the delivery was on time. " * 10
    rows = ["respondent;role;2.4.9-1;2.4.10-1"]
    rows += [f"C{n};client;9;{comment}" for n in range(4_500)]
    rows.append("Müşteri Ğ;client;10;")
    path = tmp_path / "late.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1254"))
    assert path.stat().st_size > 2 * csv_table.PREPASS_CHUNK
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert parsed.encoding == "cp1254" and parsed.respondent_count == 4_501
    assert db.execute("SELECT count(*) FROM respondents WHERE code = 'Müşteri Ğ'").fetchone() == (
        1,
    )


def test_text_that_is_in_no_encoding_names_the_row(db, snapshot, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\xef\xbb\xbfrespondent,role,2.4.9-1\r\nC1,client,9\r\nC\xff2,client,9\r\n")
    problems = refused(db, snapshot, path)
    assert problems == ["row 3: the text is not valid UTF-8 (the file mixes text encodings?)"]
    path.write_bytes(b"respondent,role,1.1.8-1\r\nC1,client,\xe7ok\r\nC2,client,\x81\r\n")
    problems = refused(db, snapshot, path)
    assert problems[-1].endswith(
        "the text is not valid Windows-1254 (the file mixes text encodings?)"
    )


def mixed_file(path, rows_in_1254=(3,)):
    """A UTF-8 file (Turkish names and answers) in which some rows were typed in a
    Windows-1254 editor."""
    rows = [
        "respondent,role,1.1.8-1",
        'Çağrı Işık,management,"Çok güzel, İyi"',
        "Şule,management,ağır",
        "Öykü,management,iyi",
        "Ümit,management,hızlı",
    ]
    data = b"".join(
        (row + "\r\n").encode("cp1254" if n in rows_in_1254 else "utf-8")
        for n, row in enumerate(rows, start=1)
    )
    path.write_bytes(data)
    return path


def test_utf8_with_rows_in_windows_1254_is_refused_naming_them(db, snapshot, tmp_path):
    """Never mojibake: a file with valid UTF-8 multi-byte sequences is UTF-8, and the rows
    whose bytes are not are refused by number (not the whole file read as Windows-1254)."""
    path = mixed_file(tmp_path / "mixed.csv", rows_in_1254=(3, 5))
    assert refused(db, snapshot, path) == [
        "row 3: the text is not valid UTF-8 (the file mixes text encodings?)",
        "row 5: the text is not valid UTF-8 (the file mixes text encodings?)",
    ]
    path = mixed_file(tmp_path / "header.csv", rows_in_1254=(1,))  # (all ASCII: fine)
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert parsed.encoding == "utf-8"
    assert stored(db)[0] == ("Çağrı Işık", "1.1.8-1", "Çok güzel, İyi")


def test_the_encoding_scan_reads_the_whole_file_in_chunks(db, snapshot, tmp_path, monkeypatch):
    """Multi-byte characters split between chunks are UTF-8; the UTF-8 evidence is looked
    for past the first byte that is not UTF-8."""
    monkeypatch.setattr(csv_table, "SNIFF_BYTES", 5)
    monkeypatch.setattr(csv_table, "PREPASS_CHUNK", 3)
    path = mixed_file(tmp_path / "good.csv", rows_in_1254=())
    assert csv_table.detect_encoding(path) == "utf-8"
    path = mixed_file(tmp_path / "early.csv", rows_in_1254=(2,))
    assert csv_table.detect_encoding(path) == "utf-8"
    assert refused(db, snapshot, path) == [
        "row 2: the text is not valid UTF-8 (the file mixes text encodings?)"
    ]
    path = mixed_file(tmp_path / "cp1254.csv", rows_in_1254=(1, 2, 3, 4, 5))
    assert csv_table.detect_encoding(path) == "cp1254"  # no UTF-8 sequence at all


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'respondent,role,1.1.8-1\nM1,management,"no end\nM2,management,x\n',
            'row 2: a quoted field is not closed (a " is missing); the file ends inside it',
        ),
        (
            'respondent,role,1.1.8-1\nM1,management,ok\nM2,management,"a "quote" here"\n',
            'row 3: a " inside a field must be doubled (""), or the field quoted as a whole',
        ),
        (
            "respondent,role,1.1.8-1\nM1,management,ok\nM2,management," + "x" * 40_000 + "\n",
            'row 3: a field is longer than 32,767 characters; is a quote (") not closed on this row?',
        ),
        (  # an unclosed quote in a long file: stopped at the field limit, not at the end
            'respondent,role,1.1.8-1\nM1,management,"oops\n'
            + "".join(f"M{n},management,fine\n" for n in range(5000)),
            'row 2: a field is longer than 32,767 characters; is a quote (") not closed on this row?',
        ),
    ],
    ids=["unclosed", "bad-quote", "long-field", "unclosed-long"],
)
def test_csv_syntax_errors_name_the_row(db, snapshot, tmp_path, text, expected):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    assert refused(db, snapshot, path)[-1] == expected


def test_problems_before_a_syntax_error_are_kept(db, snapshot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text('respondent,role,2.4.9-1\nC1,client,99\nC2,client,"3\n', encoding="utf-8")
    assert refused(db, snapshot, path) == [
        "row 2, column C (2.4.9-1): '99' is not valid: expected a whole number from 0 to 10 or 'na'",
        'row 3: a quoted field is not closed (a " is missing); the file ends inside it',
    ]


def test_a_line_too_long_is_refused(db, snapshot, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_table, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "long.csv"
    path.write_text("respondent,role,2.4.9-1\nC1,client,9" + "," * 2000 + "\n", encoding="utf-8")
    assert refused(db, snapshot, path) == [
        "row 2: the line is longer than 1000 characters; is this a response file?"
    ]


def test_field_size_limit_is_put_back(tmp_path):
    import csv

    before = csv.field_size_limit()
    path = tmp_path / "r.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with csv_table.CsvTable(path) as table:
        assert list(table.rows()) == [(1, ["a", "b"], False), (2, ["1", "2"], False)]
    assert csv.field_size_limit() == before


def test_control_characters_are_cleaned_from_every_stored_field(db, snapshot, tmp_path):
    path = tmp_path / "controls.csv"
    text = (
        "respondent,role,2.4.9-1,1.1.8-1\r\n"
        "C\x001\x07,client,9\x00,\r\n"
        '\u202eM-1,management,,"İyi\x00 bir\x1b ekip\r\nikinci satır\tsekme\x0b son"\r\n'
    )
    path.write_bytes(text.encode("utf-8"))
    assessment.import_responses(db, snapshot.id, path)
    assert stored(db) == [
        ("C1", "2.4.9-1", "9"),
        ("M-1", "1.1.8-1", "İyi bir ekip\nikinci satır\tsekme\n son"),
    ]
    assert db.execute("SELECT count(*) FROM answers WHERE instr(value, char(0))").fetchone() == (0,)


@pytest.mark.parametrize(
    "name", ["\u200b\u200b", "\u202e\u2066", "\u3164", " \u00a0\ufeff ", "\u0301", "\x00\x1b"]
)
def test_invisible_respondents_are_refused(db, snapshot, tmp_path, name):
    path = tmp_path / "r.csv"
    path.write_text(f"respondent,role,2.4.9-1\n{name},client,9\n", encoding="utf-8")
    assert refused(db, snapshot, path) == [
        "row 2, column A (respondent): the respondent has no visible character (only spaces, "
        "invisible or formatting characters)"
    ]


@pytest.mark.parametrize(
    "twin",
    [
        " Ali\u200b",  # zero-width space
        "A\u200dli",  # zero-width joiner
        "\u200eAli\u200f",  # left-to-right and right-to-left marks
        "\ufeffAli",  # a BOM
        "Al\u00adi",  # soft hyphen
        "Ali\U000e0041\U000e007f",  # tag characters
        "\u2066Ali\u2069",  # an isolate
    ],
)
def test_respondents_differing_by_invisible_characters_are_the_same(db, snapshot, tmp_path, twin):
    path = tmp_path / "r.csv"
    path.write_text(f"respondent,role,2.4.9-1\nAli,client,9\n{twin},client,8\n", "utf-8")
    assert refused(db, snapshot, path) == [
        "row 3, column A (respondent): 'Ali' appears again (first on row 2)"
    ]
    path.write_text(f"respondent,role,2.4.9-1\n{twin},client,9\n", "utf-8")
    assessment.import_responses(db, snapshot.id, path)
    assert stored(db) == [("Ali", "2.4.9-1", "9")]  # stored without them


def test_respondents_that_look_alike_are_the_same(db, snapshot, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "respondent,role,2.4.9-1\nŞule  A.,client,9\nS\u0327ule A.\x00,client,8\nX"
        + "y" * 200
        + ",client,1\n",
        encoding="utf-8",
    )
    assert refused(db, snapshot, path) == [
        "row 3, column A (respondent): 'Şule A.' appears again (first on row 2)",
        "row 4, column A (respondent): a respondent name or code can be at most 200 characters",
    ]


def test_clean_text_and_is_visible():
    assert clean_text("  a\r\nb\rc  ") == "a\nb\nc"
    assert clean_text("a\r\nb\tc", keep="") == "a b c"
    assert clean_text("tab\there", keep="\n") == "tab here"
    assert clean_text("x\u2028y\x85z") == "x\ny\nz"
    assert clean_text("\u202aabc\u202c\ud800") == "abc"
    assert clean_text(" zero\u200bwidth ") == "zero\u200bwidth"  # not a control: kept
    assert clean_text("  kept  ", strip=False) == "  kept  "
    assert clean_line("  R\x00-\n 1 ") == "R- 1"
    assert clean_line("S\u0327") == "Ş"
    assert clean_line(" A\u200bli\u200e \ufeff Veli\u00ad ") == "Ali Veli"
    assert clean_line("\u200b") == ""
    assert is_visible("a") and is_visible("Ş") and is_visible("e\u0301") and is_visible("😀")
    for text in ("", " ", "\u200b", "\u202e", "\u3164", "\u2800", "\u0301", "\t\n"):
        assert not is_visible(text), repr(text)
    assert without_controls("a\x00b\tc\n") == "ab\tc\n"


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("chunk", [3, 4, 5, 64 * 1024])
def test_lines_are_read_whole_across_chunks(tmp_path, monkeypatch, newline, chunk):
    monkeypatch.setattr(csv_table, "READ_CHUNK", chunk)
    text = newline.join(
        ["respondent;role;1.1.8-1", 'M1;management;"two' + newline + 'lines"', "", "E1;employee;ş"]
    )
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode("utf-8-sig") + newline.encode())
    with csv_table.CsvTable(path) as table:
        assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
        rows = list(table.rows())
    assert rows == [
        (1, ["respondent", "role", "1.1.8-1"], False),
        (2, ["M1", "management", f"two{newline}lines"], False),
        (3, [], False),
        (4, ["E1", "employee", "ş"], False),
    ]


def test_answers_spelt_as_their_labels_or_in_another_case(db, snapshot, tmp_path):
    rows = ["respondent,role,1.1.1-2,1.1.1-1"]
    rows += [
        f"M{n},management,{v},{w}"
        for n, (v, w) in enumerate(
            [("Yes", "NA"), ("YES", " 4 "), ("evet", "n/a"), ("Kısmen", "5"), ("no", "")] * 40
        )
    ]
    path = tmp_path / "r.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assessment.import_responses(db, snapshot.id, path)
    values = db.execute(
        "SELECT question_id, value, count(*) FROM answers GROUP BY 1, 2 ORDER BY 1, 2"
    ).fetchall()
    assert values == [
        ("1.1.1-1", "4", 40),
        ("1.1.1-1", "5", 40),
        ("1.1.1-1", "na", 80),
        ("1.1.1-2", "no", 40),
        ("1.1.1-2", "partly", 40),
        ("1.1.1-2", "yes", 120),
    ]


def test_a_windows_1254_file_with_a_chance_utf8_sequence_is_still_windows_1254(tmp_path):
    from csmm_desktop.domain.csv_table import detect_encoding

    path = tmp_path / "ereğli.csv"
    # "Ğ’" in Windows-1254 is D0 92: the bytes of a Cyrillic letter in UTF-8
    path.write_bytes("respondent,role\nEREĞLİ’DE,client\nŞişli,client\n".encode("cp1254"))
    assert detect_encoding(path) == "cp1254"
