"""The SQLite store: connection, schema migrations, backups and the instance lock.

sqlite-utils (with what it pulls in) costs ~0.3 s to import, so nothing here imports it
until a store is really opened: the window paints first.
"""

from csmm_desktop.store.errors import (
    CorruptStoreError,
    NotFoundError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
    StoreUnavailableError,
)

__all__ = [
    "CorruptStoreError",
    "NotFoundError",
    "StoreError",
    "StoreLockedError",
    "StoreTooNewError",
    "StoreUnavailableError",
    "check_readable",
    "connect",
    "open_store",
]


def __getattr__(name: str):
    if name in ("check_readable", "connect", "open_store"):
        from csmm_desktop.store import db

        return getattr(db, name)
    raise AttributeError(name)
