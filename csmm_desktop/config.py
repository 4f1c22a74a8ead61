"""Paths, worked out once: the data folder and the bundled resources.

No Qt here, so the command line and the store use the same answers as the windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from csmm_desktop import APP_ID

DATA_DIR_ENV = "CSMM_DATA_DIR"
DB_FILENAME = "csmm.sqlite"
BACKUP_DIRNAME = "backups"
SETTINGS_FILENAME = "settings.ini"


def default_data_dir() -> Path:
    """The user's data folder (per-user, per-OS), unless CSMM_DATA_DIR says otherwise."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then CSMM_DATA_DIR, then the user's data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    return default_data_dir()


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILENAME


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_path(*parts: str) -> Path:
    """A file under resources/, wherever the app runs from.

    - PyInstaller bundle: <_MEIPASS>/csmm_desktop/resources
    - installed wheel:    <site-packages>/csmm_desktop/resources
    - source checkout:    <repo>/resources
    """
    if is_frozen():
        base = Path(sys._MEIPASS) / "csmm_desktop" / "resources"  # type: ignore[attr-defined]
    else:
        package_dir = Path(__file__).resolve().parent
        installed = package_dir / "resources"
        base = installed if installed.is_dir() else package_dir.parent / "resources"
    return base.joinpath(*parts)


def i18n_path(*parts: str) -> Path:
    """Compiled translations (.qm), shipped as package data."""
    if is_frozen():
        base = Path(sys._MEIPASS) / "csmm_desktop" / "i18n"  # type: ignore[attr-defined]
    else:
        base = Path(__file__).resolve().parent / "i18n"
    return base.joinpath(*parts)
