"""A report exported again draws none of its charts again (reports/pictures.py): the same
builder, data and room give the kept picture, pixel for pixel; other data draws anew."""

import zlib

import pytest
from PIL import Image

from csmm_desktop import charts, reports
from csmm_desktop.reports import blocks
from csmm_desktop.reports.pictures import PICTURES, Pictures
from csmm_desktop.services import assessment, clients
from csmm_desktop.services.demo import DEMO_CLIENT_ID


@pytest.fixture
def drawings(monkeypatch):
    """The figures rasterised (charts.to_image, the one path to a report's pixels), counted;
    the memo empty before and after the test."""
    real = charts.to_image
    drawn = []

    def counted(fig, dpi=150):
        image = real(fig, dpi=dpi)
        drawn.append(image)
        return image

    monkeypatch.setattr(charts, "to_image", counted)
    PICTURES.clear()
    yield drawn
    PICTURES.clear()


def pictures_of(monkeypatch):
    """Every chart picture a build places, in order (Builder.drawn's results)."""
    placed = []
    real = blocks.Builder.drawn

    def spy(self, build, *args, **kwargs):
        picture = real(self, build, *args, **kwargs)
        placed.append(picture.image.tobytes())
        return picture

    monkeypatch.setattr(blocks.Builder, "drawn", spy)
    return placed


def newest(db):
    return clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]


def test_a_report_exported_again_draws_no_chart_and_prints_the_same_pixels(
    demo_db, tmp_path, drawings, monkeypatch
):
    placed = pictures_of(monkeypatch)
    snap = newest(demo_db)
    reports.write_report(demo_db, snap.id, "en", tmp_path / "first.pdf")
    first, first_pixels = len(drawings), list(placed)
    assert first >= 8  # sections, radar, trend, two heat maps, gap, NPS, pareto...
    placed.clear()

    reports.write_report(demo_db, snap.id, "en", tmp_path / "again.pdf", with_checklist=True)
    assert len(drawings) == first  # nothing rasterised the second time
    assert placed == first_pixels  # and the very pixels drawn the first time placed

    reports.write_report(demo_db, snap.id, "tr", tmp_path / "rapor.pdf")
    assert len(drawings) > first  # another language: its own words drawn


def test_changed_answers_draw_the_charts_they_change(demo_db, tmp_path, drawings):
    snap = newest(demo_db)
    reports.write_report(demo_db, snap.id, "en", tmp_path / "before.pdf")
    before = len(drawings)
    respondent = assessment.list_respondents(demo_db, snap.id)[0]
    answers = assessment.answers_of(demo_db, respondent.id)
    question = next(q for q, v in answers.items() if v in ("1", "2", "3", "4"))
    assessment.set_answer(
        demo_db, respondent.id, question, "5" if answers[question] != "5" else "1"
    )
    reports.write_report(demo_db, snap.id, "en", tmp_path / "after.pdf")
    again = len(drawings) - before
    assert again > 0  # the score charts are drawn again with the new score
    assert again < before  # the charts the answer does not reach (pareto, KPIs) are kept


def _picture(colour: str, size=(200, 100)) -> Image.Image:
    return Image.new("RGB", size, colour)


def _key(memo, n):
    return memo.key(_picture, (n,), {}, (None, 150, 500.0, 700.0))


def test_the_memo_keeps_within_its_budget_the_newest_used_last_to_go():
    colours = ("red", "green", "blue")
    memo = Pictures(budget=sum(len(zlib.compress(_picture(c).tobytes(), 1)) for c in colours))
    for n, colour in enumerate(colours):
        memo.put(_key(memo, n), _picture(colour), 20.0, 10.0)
    assert memo.get(_key(memo, 0))[0].getpixel((0, 0)) == (255, 0, 0)  # red used again
    memo.put(_key(memo, 3), _picture("white"), 20.0, 10.0)
    assert memo.get(_key(memo, 1)) is None  # green, the least recently used, went
    assert [memo.get(_key(memo, n)) is not None for n in (0, 2, 3)] == [True, True, True]
    image, width, height = memo.get(_key(memo, 2))
    assert (image.size, image.getpixel((5, 5)), width, height) == ((200, 100), (0, 0, 255), 20, 10)


def test_what_cannot_be_told_apart_is_never_kept():
    memo = Pictures()
    assert memo.key(_picture, (lambda: 1,), {}, ()) is None  # a lambda does not pickle
    other = memo.key(lambda n: _picture("red"), (1,), {}, ())
    assert other is not None and other != memo.key(_picture, (1,), {}, ())  # another builder
    assert memo.key(_picture, (1,), {"a": 1, "b": 2}, ()) == memo.key(
        _picture, (1,), {"b": 2, "a": 1}, ()
    )
    assert memo.key(_picture, (1,), {}, (None,)) != memo.key(_picture, (1,), {}, (300.0,))


def test_a_kept_picture_never_comes_back_in_other_colours():
    """The memo keeps a picture as its mode, size and raw bytes: a palette picture's bytes
    are indices into a palette that is not in them, so it came back black (hostile test;
    latent: charts.to_image gives RGB today). Such a picture is now never kept."""
    memo = Pictures()
    red = Image.new("P", (4, 4))
    red.putpalette([255, 0, 0] * 256)
    with_key = Image.new("P", (4, 4))
    with_key.putpalette([0, 0, 255] * 256)
    with_key.info["transparency"] = 0
    for n, picture in enumerate((red, with_key, _picture("green").convert("L"))):
        memo.put(_key(memo, n), picture, 20.0, 10.0)
        found = memo.get(_key(memo, n))
        if found is not None:
            image = found[0]
            assert image.convert("RGBA").tobytes() == picture.convert("RGBA").tobytes(), n
    assert memo.get(_key(memo, 2)) is not None  # a plain grey picture is still kept
