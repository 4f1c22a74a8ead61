"""Opening a file or a folder with the system's program says so when there is none."""

from PySide6.QtGui import QDesktopServices

from csmm_desktop.views import external


def test_a_file_no_program_opens_is_said_with_its_path(qtbot, modal, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or False)
    path = tmp_path / "rapor.pdf"
    assert external.show(None, path, "Export PDF report") is False
    assert asked[0].toLocalFile() == str(path)
    (text,) = modal.warned
    assert str(path) in text and "No program on this computer" in text


def test_a_file_that_opens_says_nothing(qtbot, modal, monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    assert external.show(None, tmp_path, "Open data folder") is True
    assert modal.warned == []
