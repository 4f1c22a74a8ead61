"""Shared by the CX board modules: input checks on top of the engagement ones.

Bad input raises InputError (what is wrong and where), a missing row NotFoundError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from csmm_desktop.services.checks import PERIOD_RE, one_row
from csmm_desktop.services.clients import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


def _rule(where: str, check: Callable[..., T], *args: object) -> T:
    """Run a domain check; its ValueError becomes an InputError that says where."""
    try:
        return check(*args)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}.") from None


def _period(value: str, where: str) -> str:
    period = value.strip() if isinstance(value, str) else ""
    if not PERIOD_RE.match(period):
        raise InputError(f"{where}: period {value!r} must be a month written YYYY-MM.")
    return period


def _choice(value: str, table: Mapping[str, object], where: str, what: str) -> str:
    if value not in table:
        raise InputError(f"{where}: {what} {value!r} is unknown; use one of: {', '.join(table)}.")
    return value


def _owned(db: Database, table: str, row_id: str, what: str, client_id: str, where: str) -> dict:
    """The row `row_id` of `table`, which must belong to `client_id`."""
    row = one_row(db, table, row_id, what)
    if row["client_id"] != client_id:
        raise InputError(f"{where}: the linked {what} belongs to another client.")
    return row
