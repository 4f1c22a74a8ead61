"""The user guide (resources/guide): every page in both languages, every link inside it
resolves to a page and an anchor that exist, and nothing reaches outside the guide."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "resources" / "guide"
LANGS = ("en", "tr")


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.tags: set[str] = set()
        self.h1 = ""
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if tag == "a" and "name" in attrs:
            self.anchors.add(attrs["name"])
        if "id" in attrs:
            self.anchors.add(attrs["id"])
        if tag == "link":
            self.links.append(attrs.get("href", ""))
        self._in_h1 = tag == "h1" or self._in_h1

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_every_page_of_the_guide_is_there_in_both_languages():
    from csmm_desktop.views.help import PAGES  # the viewer's page list

    for lang in LANGS:
        names = {p.stem for p in (GUIDE / lang).glob("*.html")}
        assert names == set(PAGES), f"{lang}: {sorted(names ^ set(PAGES))}"
        for name in PAGES:
            assert parse(GUIDE / lang / f"{name}.html").h1.strip(), f"{lang}/{name}: no <h1>"
    assert (GUIDE / "style.css").is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_of_the_guide_resolves_and_stays_inside_it(lang):
    pages = {p.name: parse(p) for p in (GUIDE / lang).glob("*.html")}
    checked = 0
    for name, page in pages.items():
        assert not {"script", "img", "iframe", "object"} & page.tags, name
        for href in page.links:
            assert not re.match(r"^[a-z]+:", href), f"{lang}/{name}: outside link {href}"
            if href == "../style.css":
                assert (GUIDE / "style.css").is_file()
                continue
            target, _, anchor = href.partition("#")
            target = target or name
            assert target in pages, f"{lang}/{name}: link to a missing page {href}"
            if anchor:
                assert anchor in pages[target].anchors, f"{lang}/{name}: no anchor {href}"
            checked += 1
    assert checked > 20  # the contents page alone links every page


def test_both_languages_have_the_same_anchors_and_links():
    """A context page (views/help.py) opens the same place in either language."""
    for en in (GUIDE / "en").glob("*.html"):
        tr = GUIDE / "tr" / en.name
        assert parse(en).anchors == parse(tr).anchors, en.name
        assert sorted(parse(en).links) == sorted(parse(tr).links), en.name


def test_every_context_page_of_the_viewer_exists():
    from csmm_desktop.views import help as guide

    targets = [guide.HOME, "getting-started.html", "getting-started.html#snapshot"]
    for mapping in (guide.TAB_PAGES, guide.BOARD_PAGES, guide.WINDOW_PAGES):
        targets += mapping.values()
    targets.append("wizard.html#workshop")
    for lang in LANGS:
        for target in targets:
            name, _, anchor = target.partition("#")
            page = parse(GUIDE / lang / name)
            assert not anchor or anchor in page.anchors, f"{lang}: {target}"
