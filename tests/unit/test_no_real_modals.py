"""A test that would open a real modal dialog fails at once (tests/conftest.py)."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.conftest import RealModalOpened


@pytest.mark.parametrize(
    "open_it",
    [
        lambda: QMessageBox.warning(None, "t", "x"),
        lambda: QFileDialog.getOpenFileName(None, "t"),
        lambda: QDialog().exec(),
        lambda: QMessageBox().exec(),
    ],
)
def test_a_real_modal_fails_the_test_at_once(qapp, open_it):
    with pytest.raises(RealModalOpened, match="real modal opened"):
        open_it()
