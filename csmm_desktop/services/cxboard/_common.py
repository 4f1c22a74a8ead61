"""Shared by the CX board modules: input checks on top of the engagement ones.

Bad input raises InputError (what is wrong and where), a missing row NotFoundError, each
with a catalogue Message (services/input_messages.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from csmm_desktop.messages import Message, UserError, message
from csmm_desktop.services.checks import PERIOD_RE, at, clean_choice, one_row
from csmm_desktop.services.clients import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


def _rule(where: Message, check: Callable[..., T], *args: object) -> T:
    """Run a domain check; the rule it says is broken becomes an InputError that says where."""
    try:
        return check(*args)
    except ValueError as exc:
        problem = exc.msg if isinstance(exc, UserError) else str(exc)
        raise InputError(message("input.rule", where=where, problem=problem)) from None


def _period(value: str, where: Message) -> str:
    period = value.strip() if isinstance(value, str) else ""
    if not PERIOD_RE.match(period):
        raise InputError(message("input.bad_period", where=where, value=value))
    return period


def _choice(value: str, table: Mapping[str, object], where: Message, field: Message) -> str:
    return clean_choice(value, table, at(where, field))


def _owned(
    db: Database, table: str, row_id: str, what: Message, client_id: str, where: Message
) -> dict:
    """The row `row_id` of `table`, which must belong to `client_id`."""
    row = one_row(db, table, row_id, what)
    if row["client_id"] != client_id:
        raise InputError(message("input.other_client_link", where=where, what=what))
    return row
