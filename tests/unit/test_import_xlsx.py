"""The workbook reader, on files whose zip parts are written by hand: what Excel (or a
damaged or hostile file) can hold that openpyxl's read-only mode would read wrongly."""

import struct
import zipfile

import pytest

from csmm_desktop.domain import xlsx
from csmm_desktop.domain.response_file import ResponseFileError
from csmm_desktop.services import assessment, clients

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Kurum")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-10")


def c(ref, value=None, t=None, f=None, inline=None):
    """One cell as Excel writes it."""
    attrs = f' r="{ref}"' if ref else ""
    attrs += f' t="{t}"' if t else ""
    inner = f"<f>{f}</f>" if f is not None else ""
    inner += f"<v>{value}</v>" if value is not None else ""
    inner += f"<is><t>{inline}</t></is>" if inline is not None else ""
    return f"<c{attrs}>{inner}</c>"


def s(ref, text):
    return c(ref, inline=text, t="inlineStr")


def sheet(rows, dimension="A1", prolog=""):
    body = "".join(
        f'<row r="{n}">{"".join(cells)}</row>' if n else f"<row>{''.join(cells)}</row>"
        for n, cells in rows
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/>'
        f"<sheetData>{body}</sheetData></worksheet>"
    )


def workbook(path, sheets, strings=None, drop=(), replace=None):
    """Write a workbook of `sheets` ({name: sheet xml}); `strings`: the shared strings;
    `drop`: parts left out; `replace`: {part: text} written instead."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
        f'Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    }
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
        for i, name in enumerate(sheets, start=1)
    )
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>{entries}</sheets></workbook>'
    )
    rels = [
        f'<Relationship Id="rId{i}" Type="{OFFICE}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    ]
    if strings is not None:
        rels.append(
            f'<Relationship Id="rIdS" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/>'
        )
        items = "".join(x if x.startswith("<si>") else f"<si><t>{x}</t></si>" for x in strings)
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{items}</sst>'
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<Relationships xmlns="{RELS}">{"".join(rels)}</Relationships>'
    )
    for i, xml in enumerate(sheets.values(), start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    parts.update(replace or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            if name not in drop:
                zf.writestr(name, text)
    return path


HEADER = [s("A1", "respondent"), s("B1", "role"), s("C1", "1.1.1-1"), s("D1", "2.4.9-1")]


def problems_of(db, snapshot, path):
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, snapshot.id, path)
    assert "nothing was changed" in str(info.value)
    assert db.execute("SELECT count(*) FROM respondents").fetchone()[0] == 0
    return [str(p) for p in info.value.problems]


def test_a_wrong_dimension_hides_no_row_and_no_column(db, snapshot, tmp_path):
    rows = [
        (1, HEADER + [s("E1", "1.1.8-1")]),
        (2, [s("A2", "M-1"), s("B2", "management"), c("C2", 5), s("E2", "far right")]),
        (7, [s("A7", "C-1"), s("B7", "client"), c("D7", 10.0)]),  # a gap of rows before it
        (0, [s(None, "C-2"), s(None, "client"), c(None), c(None, 3)]),  # no "r": in order
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows, dimension="A1:B2")})
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert parsed.respondent_count == 3 and parsed.sheet == "Sheet1"
    stored = dict(
        db.execute(
            "SELECT r.code || ' ' || a.question_id, a.value FROM answers a "
            "JOIN respondents r ON r.key = a.respondent_key"
        ).fetchall()
    )
    assert stored == {
        "M-1 1.1.1-1": "5",
        "M-1 1.1.8-1": "far right",
        "C-1 2.4.9-1": "10",
        "C-2 2.4.9-1": "3",
    }
    assert [r.line for r in parsed.sample] == [2, 7, 8]  # the rows Excel shows


def test_formulas_without_a_saved_value_are_refused_with_row_and_column(db, snapshot, tmp_path):
    rows = [
        (1, HEADER),
        (2, [s("A2", "M-1"), s("B2", "management"), c("C2", f="2+2")]),
        (3, [s("A3", "M-2"), s("B3", "management"), c("C3", 4, f="2+2")]),  # cached: fine
        (4, [s("A4", "M-3"), s("B4", "management"), c("C4", "", f="2+2")]),
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows)})
    assert problems_of(db, snapshot, path) == [
        "row 2, column C (1.1.1-1): a formula saved without its value; open the file in "
        "Excel and save it again, or paste the values instead of the formulas",
        "row 4, column C (1.1.1-1): a formula saved without its value; open the file in "
        "Excel and save it again, or paste the values instead of the formulas",
    ]


def test_error_values_are_refused_never_read_as_text_or_a_note(db, snapshot, tmp_path):
    rows = [
        (1, HEADER),
        (2, [c("A2", "#N/A", t="e", f="VLOOKUP(X1,Y:Y,1)"), s("B2", "client")]),
        (3, [s("A3", "C-1"), s("B3", "client"), c("D3", "#REF!", t="e")]),
        (4, [s("A4", "# a note"), s("B4", "x")]),  # a real note row is still skipped
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows)})
    assert problems_of(db, snapshot, path) == [
        "row 2, column A (respondent): the cell holds the Excel error #N/A; correct it or empty it",
        "row 3, column D (2.4.9-1): the cell holds the Excel error #REF!; correct it or empty it",
    ]


def test_shared_strings_runs_numbers_and_booleans(db, snapshot, tmp_path):
    strings = [
        "<si><r><t>respon</t></r><r><t>dent</t></r><rPh><t>ふりがな</t></rPh></si>",
        "role",
        "1.1.1-1",
        "1.1.1-2",
        "Şükrü",
        "MANAGEMENT",
        "Partly",
    ]
    rows = [
        (1, [c("A1", 0, t="s"), c("B1", 1, t="s"), c("C1", 2, t="s"), c("D1", 3, t="s")]),
        (2, [c("A2", 4, t="s"), c("B2", 5, t="s"), c("C2", "4.0"), c("D2", 6, t="s")]),
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows)}, strings=strings)
    assessment.import_responses(db, snapshot.id, path)
    assert db.execute("SELECT code, role FROM respondents").fetchall() == [("Şükrü", "management")]
    values = db.execute("SELECT question_id, value FROM answers ORDER BY 1").fetchall()
    assert values == [("1.1.1-1", "4"), ("1.1.1-2", "partly")]

    rows[1] = (2, [c("A2", 4, t="s"), c("B2", 5, t="s"), c("C2", "4.5"), c("D2", 1, t="b")])
    path = workbook(tmp_path / "r2.xlsx", {"Sheet1": sheet(rows)}, strings=strings)
    other = clients.create_snapshot(db, snapshot.client_id, "planned", "2026-03-01")
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, other.id, path)
    assert [str(p) for p in info.value.problems] == [
        "row 2, column C (1.1.1-1): '4.5' is not valid: expected a whole number from 1 to 5 or 'na'",
        "row 2, column D (1.1.1-2): 'TRUE' is not valid: expected one of: yes, partly, no, or 'na'",
    ]


GOOD = [(1, HEADER), (2, [s("A2", "C-1"), s("B2", "client"), c("D2", 9)])]
NOTE = [(1, [s("A1", "notes about this survey")])]


def test_one_sheet_with_data_is_used_whatever_its_name(db, snapshot, tmp_path):
    path = workbook(tmp_path / "r.xlsx", {"Empty": sheet([]), "Yanıtlar": sheet(GOOD)})
    assert assessment.import_responses(db, snapshot.id, path).sheet == "Yanıtlar"


def test_a_sheet_named_responses_wins(db, snapshot, tmp_path):
    path = workbook(tmp_path / "r.xlsx", {"Notes": sheet(NOTE), "RESPONSES": sheet(GOOD)})
    assert assessment.import_responses(db, snapshot.id, path).sheet == "RESPONSES"


def test_several_sheets_with_data_are_refused_naming_them(db, snapshot, tmp_path):
    path = workbook(tmp_path / "r.xlsx", {"Notes": sheet(NOTE), "Data": sheet(GOOD)})
    assert problems_of(db, snapshot, path) == [
        "the Excel file has data on several sheets (“Notes”, “Data”): name the sheet to "
        "import “responses”, or delete the other sheets"
    ]


def test_a_workbook_without_data_is_empty(db, snapshot, tmp_path):
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet([(1, [c("A1", "")])])})
    assert problems_of(db, snapshot, path) == ["the file is empty"]


@pytest.mark.parametrize(
    "drop, replace, expected",
    [
        (
            (),
            {"xl/worksheets/sheet1.xml": sheet(GOOD)[:-40]},
            "the Excel file is damaged: its part xl/worksheets/sheet1.xml is not well-formed "
            "(line 1, column",
        ),
        (
            (),
            {"xl/worksheets/sheet1.xml": sheet(GOOD).replace("C-1", "C&bogus;1")},
            "the Excel file is damaged: its part xl/worksheets/sheet1.xml is not well-formed",
        ),
        (
            ("xl/worksheets/sheet1.xml",),
            None,
            "the Excel file is damaged: its part xl/worksheets/sheet1.xml is missing",
        ),
        (
            ("xl/workbook.xml",),
            None,
            "the Excel file is damaged: its part xl/workbook.xml is missing",
        ),
        (
            (),
            {"xl/worksheets/sheet1.xml": sheet([(1, [s("1A", "x")])])},
            "the Excel file is damaged: xl/worksheets/sheet1.xml names a cell '1A' that cannot exist",
        ),
        (
            (),
            {"xl/worksheets/sheet1.xml": sheet([(1, [c("A1", 7, t="s")])])},
            "the Excel file is damaged: xl/worksheets/sheet1.xml refers to text number 7",
        ),
        (
            (),
            {"xl/worksheets/sheet1.xml": f'<chartsheet xmlns="{MAIN}"/>'},
            "the Excel file is damaged: its part xl/worksheets/sheet1.xml cannot be read",
        ),
    ],
    ids=[
        "truncated",
        "undefined-entity",
        "no-sheet-part",
        "no-workbook",
        "bad-ref",
        "bad-index",
        "root",
    ],
)
def test_a_damaged_workbook_gives_one_line(db, snapshot, tmp_path, drop, replace, expected):
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(GOOD)}, drop=drop, replace=replace)
    problems = problems_of(db, snapshot, path)
    assert len(problems) == 1 and problems[0].startswith(expected), problems


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


@pytest.mark.parametrize(
    "part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "_rels/.rels"]
)
def test_a_doctype_is_refused_wherever_it_is(db, snapshot, tmp_path, part):
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(GOOD)}, strings=["x"])
    with zipfile.ZipFile(path) as zf:
        text = zf.read(part).decode()
    at = text.index("<", text.index("?>") + 2) if text.startswith("<?xml") else 0
    bomb = text[:at] + LAUGHS + text[at:].replace(">", ">&lol3;", 1)
    path = workbook(
        tmp_path / "r.xlsx", {"Sheet1": sheet(GOOD)}, strings=["x"], replace={part: bomb}
    )
    assert problems_of(db, snapshot, path) == [
        f"the Excel file is refused: its part {part} declares a DOCTYPE (entities), "
        "which Excel never writes"
    ]


def set_declared_size(path, part, size):
    """Make the zip say `part` unpacks to `size` bytes (local header and directory)."""
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    count, _size, at = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):  # the central directory, entry by entry
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, at + 28)
        (local,) = struct.unpack_from("<I", data, at + 42)
        if data[at + 46 : at + 46 + name_len] == part.encode():
            struct.pack_into("<I", data, at + 24, size)
            struct.pack_into("<I", data, local + 22, size)
        at += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))


def test_a_huge_declared_size_is_refused_before_unpacking(db, snapshot, tmp_path):
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(GOOD)})
    set_declared_size(path, "xl/worksheets/sheet1.xml", 3_000_000_000)
    assert problems_of(db, snapshot, path) == [
        "the Excel file is refused: its part xl/worksheets/sheet1.xml unpacks to more than 1024 MB"
    ]


def test_a_zip_bomb_is_stopped_while_unpacking(db, snapshot, tmp_path, monkeypatch):
    """A part that unpacks to far more than it says: reading stops at what it declared."""
    padding = " " * 3_000_000  # 3 MB of XML white space, a few KB packed
    bomb = sheet(GOOD).replace("<sheetData>", f"<sheetData>{padding}")
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": bomb})
    assert path.stat().st_size < 30_000
    set_declared_size(path, "xl/worksheets/sheet1.xml", 1000)
    problems = problems_of(db, snapshot, path)
    assert len(problems) == 1
    assert problems[0].startswith("the Excel file is damaged: its part xl/worksheets/sheet1.xml")

    monkeypatch.setattr(xlsx, "MAX_SHEET_BYTES", 1024 * 1024)  # a true size over the cap
    path = workbook(tmp_path / "r2.xlsx", {"Sheet1": bomb})
    assert problems_of(db, snapshot, path) == [
        "the Excel file is refused: its part xl/worksheets/sheet1.xml unpacks to more than 1 MB"
    ]


def test_the_unpacked_bytes_are_counted_whatever_the_zip_says(tmp_path, monkeypatch):
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(GOOD)}, strings=["x"] * 100_000)
    monkeypatch.setattr(xlsx, "MAX_STRINGS_BYTES", 1024 * 1024)
    real_info = xlsx.Workbook._info

    def lying_info(self, part, limit):  # as if the zip's directory understated the size
        return real_info(self, part, 10**12)

    monkeypatch.setattr(xlsx.Workbook, "_info", lying_info)
    with pytest.raises(xlsx.XlsxError, match="sharedStrings.xml unpacks to more than 1 MB"):
        xlsx.Workbook(path)


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"not a workbook", "the file is not an Excel workbook (.xlsx), or it is damaged"),
        (xlsx.CFB_MAGIC + b"\x00" * 504, "the file is an old Excel workbook (.xls) or one"),
    ],
)
def test_files_that_are_not_workbooks(db, snapshot, tmp_path, content, expected):
    path = tmp_path / "r.xlsx"
    path.write_bytes(content)
    problems = problems_of(db, snapshot, path)
    assert len(problems) == 1 and problems[0].startswith(expected)


def test_a_doctype_is_refused_in_any_encoding(db, snapshot, tmp_path):
    xml = sheet(GOOD, prolog=LAUGHS).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    part = {"xl/worksheets/sheet1.xml": xml.encode("utf-16")}
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": ""}, replace=part)
    assert problems_of(db, snapshot, path) == [
        "the Excel file is refused: its part xl/worksheets/sheet1.xml declares a DOCTYPE "
        "(entities), which Excel never writes"
    ]


def test_other_sheets_with_data_are_named_as_not_read(db, snapshot, tmp_path):
    path = workbook(tmp_path / "r.xlsx", {"Notes": sheet(NOTE), "responses": sheet(GOOD)})
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert (parsed.sheet, parsed.other_sheets) == ("responses", ["Notes"])
    path = workbook(tmp_path / "r2.xlsx", {"Empty": sheet([]), "Data": sheet(GOOD)})
    other = clients.create_snapshot(db, snapshot.client_id, "planned", "2026-03-01")
    parsed = assessment.import_responses(db, other.id, path)
    assert (parsed.sheet, parsed.other_sheets) == ("Data", [])  # an empty sheet: not worth a word


LIMIT = xlsx.MAX_CELL_CHARS


@pytest.mark.parametrize("where", ["inline", "shared"])
def test_a_cell_longer_than_excel_allows_is_refused_naming_it(db, snapshot, tmp_path, where):
    long = "x" * (LIMIT + 1)
    if where == "inline":
        cell, no_ref, strings = s("E2", long), s(None, long), None
    else:
        cell, no_ref, strings = c("E2", 0, t="s"), c(None, 0, t="s"), [long]
    rows = [
        (1, HEADER + [s("E1", "1.1.8-1")]),
        (2, [s("A2", "M-1"), s("B2", "management"), cell]),
        (3, [s("A3", "M-2"), s("B3", "management"), s("E3", "y" * LIMIT)]),  # the limit: fine
        (0, [s(None, "M-3"), s(None, "management"), no_ref, c(None), s(None, "z")]),
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows)}, strings=strings)
    assert problems_of(db, snapshot, path) == [
        "row 2, column E (1.1.8-1): the cell holds more than 32,767 characters (Excel's own "
        "limit for a cell)",
        "row 4, column C (1.1.1-1): the cell holds more than 32,767 characters (Excel's own "
        "limit for a cell)",
    ]
    with xlsx.Workbook(path) as book:  # a cell without "r" keeps its place, even refused
        last = list(book.rows(book.sheet()))[-1]
    assert last == (4, ["M-3", "management", "", "", "z"], [(2, xlsx.BadCell("too_long"))])


def test_the_cell_limit_counts_characters_after_excel_escapes(db, snapshot, tmp_path):
    rows = [
        (1, HEADER + [s("E1", "1.1.8-1")]),
        (2, [s("A2", "M-1"), s("B2", "management"), s("E2", "_x0041_" * LIMIT)]),
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows)})
    assessment.import_responses(db, snapshot.id, path)
    assert db.execute("SELECT value FROM answers").fetchone() == ("A" * LIMIT,)


@pytest.mark.parametrize("where", ["inline", "shared"])
def test_a_huge_cell_is_counted_never_built(tmp_path, where):
    """20 MB in one cell of a workbook of a few KB: refused, holding no more than a few
    chunks in memory at any time."""
    import gc
    import tracemalloc

    huge = "A" * (20 * 1024 * 1024)
    if where == "inline":
        cell, strings = s("A2", huge), None
    else:
        cell, strings = c("A2", 0, t="s"), [huge]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet([(1, HEADER), (2, [cell])])}, strings)
    del huge, cell, strings
    gc.collect()
    assert path.stat().st_size < 100_000
    tracemalloc.start()
    try:
        with xlsx.Workbook(path) as book:
            rows = list(book.rows(book.sheet()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert rows[1] == (2, [], [(0, xlsx.BadCell("too_long"))])
    assert peak < 4 * 1024 * 1024, peak


def test_a_row_holding_too_much_text_in_all_is_refused(db, snapshot, tmp_path, monkeypatch):
    from csmm_desktop.domain import xlsx_cells

    monkeypatch.setattr(xlsx_cells, "MAX_ROW_CHARS", 1000)
    cells = [s("A2", "M-1"), s("B2", "management")]
    cells += [s(f"{letter}2", "z" * 400) for letter in "CDEFG"]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet([(1, HEADER), (2, cells)])})
    assert problems_of(db, snapshot, path) == [
        "row 2: its cells hold more than 1,000 characters in all; is this a response file?"
    ]


def test_a_huge_tag_is_refused_before_it_is_held_whole(db, snapshot, tmp_path):
    huge = '<c r="A2" x="' + "a" * (xlsx.MAX_TAG_BYTES + 2 * xlsx.CHUNK) + '"/>'
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet([(1, HEADER), (2, [huge])])})
    assert problems_of(db, snapshot, path) == [
        "the Excel file is refused: its part xl/worksheets/sheet1.xml holds a tag longer than 8 MB"
    ]


def test_excel_escapes_are_decoded_then_cleaned(db, snapshot, tmp_path):
    """_xHHHH_ is how Excel writes a character XML cannot hold; _x005F_ escapes the "_"
    of a text that only looks like an escape."""
    strings = ["M_x0009_2", "one_x000D__x000A_two_x000D_three_x005F_x000D_four_x0000_"]
    rows = [
        (1, HEADER + [s("E1", "1.1.8-1")]),
        (2, [s("A2", "M_x0009_1"), s("B2", "management"), s("E2", "a_x000D_b_x0009_c")]),
        (3, [c("A3", 0, t="s"), s("B3", "management"), c("E3", 1, t="s")]),
    ]
    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(rows)}, strings=strings)
    assessment.import_responses(db, snapshot.id, path)
    assert db.execute(
        "SELECT r.code, a.value FROM answers a JOIN respondents r ON r.key = a.respondent_key "
        "ORDER BY r.code"
    ).fetchall() == [("M 1", "a\nb\tc"), ("M 2", "one\ntwo\nthree_x000D_four")]


@pytest.mark.parametrize("twice", ["xl/worksheets/sheet1.xml", "XL/sharedStrings.xml"])
def test_a_part_held_twice_is_refused_as_damaged(db, snapshot, tmp_path, twice):
    import warnings

    path = workbook(tmp_path / "r.xlsx", {"Sheet1": sheet(GOOD)}, strings=["x"])
    with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as zf:
        warnings.simplefilter("ignore")  # zipfile warns of the name it holds already
        zf.writestr(twice, sheet([(1, HEADER), (2, [s("A2", "other")])]))
    assert problems_of(db, snapshot, path) == [
        f"the Excel file is damaged: it holds its part {twice} twice; save it from Excel again"
    ]
