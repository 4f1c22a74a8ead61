"""views/feature_check.py: PySide6's look at each imported module, read from the file, must
give PySide6 the answer its own check gives, for every module this app imports."""

import importlib
import sys

from csmm_desktop.views import feature_check
from csmm_desktop.views.warm_imports import MODULES


def test_the_quicker_check_answers_as_pysides_own_for_every_module():
    feature = sys.modules["PySide6.support.feature"]
    feature_check.install()
    assert not feature_check.install()  # once: the second finds its own in place
    quick = feature._mod_uses_pyside
    original = quick.original
    for name in MODULES:
        importlib.import_module(name)
    answers = {n: (quick(m), original(m)) for n, m in list(sys.modules.items()) if m}
    assert len(answers) > 300
    assert {n: a for n, a in answers.items() if a[0] != a[1]} == {}
    # and they tell the two kinds apart: ours that name PySide6, ours that do not
    assert answers["csmm_desktop.views.client_panel"] == (True, True)
    assert answers["csmm_desktop.domain.scoring"] == (False, False)
    assert answers["json.decoder"] == (False, False)
