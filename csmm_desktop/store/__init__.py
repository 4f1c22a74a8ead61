"""The SQLite store: connection, schema migrations, backups and the instance lock."""

from csmm_desktop.store.db import check_readable, connect, open_store
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
