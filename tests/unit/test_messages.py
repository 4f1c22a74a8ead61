"""The message catalogue: every code the code raises exists, renders, and translates."""

import importlib
import pkgutil
import re
import string
from pathlib import Path

import csmm_desktop
from csmm_desktop import messages
from csmm_desktop.messages import Message, UserError, message

ROOT = Path(csmm_desktop.__file__).resolve().parent
CODE_USE = re.compile(r"""(?<![\w.])message\(\s*["']([a-z_.]+)["']""")


def _import_all_qt_free():
    for info in pkgutil.walk_packages([str(ROOT)], "csmm_desktop."):
        if ".views" in info.name or ".forms" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)


def test_every_code_used_is_in_the_catalogue():
    _import_all_qt_free()
    used = set()
    for path in ROOT.rglob("*.py"):
        used |= set(CODE_USE.findall(path.read_text(encoding="utf-8")))
    assert used, "the scan found nothing: the pattern is wrong"
    assert sorted(used - set(messages.CATALOGUE)) == []


def test_every_template_formats_with_its_own_names():
    _import_all_qt_free()
    for code, template in messages.CATALOGUE.items():
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        assert all(re.fullmatch(r"[a-z_]+", n) for n in names), code
        assert "{" not in template.format(**dict.fromkeys(names, "x")), code


def test_a_message_renders_in_the_readers_language():
    msg = message("store.disk_full", folder="/media/usb")
    assert str(msg).startswith("The disk that holds /media/usb is full")

    def turkish(context, text):
        assert context == "Messages"
        return "{folder} klasörünün bulunduğu disk dolu."

    assert msg.render(turkish) == "/media/usb klasörünün bulunduğu disk dolu."


def test_a_broken_translation_falls_back_to_english():
    msg = message("store.disk_full", folder="/x")
    assert msg.render(lambda c, t: "{folder") == str(msg)
    assert msg.render(lambda c, t: "{unknown} dolu") == "{unknown} dolu"


def test_nested_messages_and_lists_render_in_place():
    inner = Message("t.inner", "row {row}", row=3)
    outer = Message("t.outer", "{where}: {ids}", where=inner, ids=["1.1.1-1", "1.1.1-2"])
    assert str(outer) == "row 3: 1.1.1-1, 1.1.1-2"


def test_user_errors_carry_their_code_and_english_text():
    error = UserError(message("store.busy"))
    assert error.code == "store.busy" and error.message == str(error)
    plain = UserError("A client needs a name.")
    assert plain.message == "A client needs a name." and plain.code == "text"
