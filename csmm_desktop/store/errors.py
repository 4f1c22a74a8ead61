"""Errors the store raises, each with a message fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A problem with the data file that the user must be told about."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = path


class CorruptStoreError(StoreError):
    """The data file is not a readable CSMM database. It was left untouched."""


class StoreTooNewError(StoreError):
    """The data file was written by a newer version of CSMM Desktop."""


class StoreLockedError(StoreError):
    """Another CSMM Desktop window already uses this data folder."""


class StoreUnavailableError(StoreError):
    """The data folder cannot be created or written (read-only medium, disk full...)."""


class NotFoundError(StoreError):
    """A client, snapshot... named by the user does not exist."""
