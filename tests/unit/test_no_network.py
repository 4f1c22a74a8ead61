"""Nothing ever opens an internet connection: the command line and the windows run with
sockets disabled, and any attempt fails the test."""

import socket

import pytest

from csmm_desktop.cli import main


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    class GuardedSocket(socket.socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                refuse(family)
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], f"tried to reach the network: {attempts}"


def test_cli_works_without_network(no_network, data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    client = capsys.readouterr().out.strip()
    assert main(["--data-dir", str(data_dir), "snapshots", client]) == 0
    snapshot = capsys.readouterr().out.split()[0]
    assert main(["--data-dir", str(data_dir), "scores", snapshot, "--json"]) == 0
    assert main(["form", "--json"]) == 0


def test_windows_work_without_network(no_network, qtbot, db, demo_db, data_dir):
    from PySide6.QtCore import QSettings

    from csmm_desktop.services import assessment
    from csmm_desktop.views.main_window import MainWindow

    settings = QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, data_dir, settings)
    qtbot.addWidget(window)
    window.show()
    snapshot = window.panel.current_snapshot_id()
    respondent = assessment.add_respondent(db, snapshot, "client")
    wizard = window.open_wizard(respondent.id)
    qtbot.addWidget(wizard)
    wizard.show_section(3)
    from csmm_desktop import charts

    assert charts.to_png(charts.overall_trend([("Initial", 28.6), ("Planned", 48.5)]))


def test_the_guard_catches_an_attempt(no_network):
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("192.0.2.1", 80))  # TEST-NET-1: never routed
    assert len(no_network) == 1
    no_network.clear()
