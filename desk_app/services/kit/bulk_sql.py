"""Helpers for statements that write many rows at once (imports, first fills, their audit
events)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, FromClause, literal, literal_column
from sqlalchemy.orm import Session


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def literals(
    session: Session, table: FromClause, values: dict[str, Any]
) -> dict[str, ColumnElement]:
    """``values`` as SQL literals of their columns' types, to be written into a statement
    once: bound, a timestamp is converted again for every row, microseconds each.

    For values the program makes (timestamps, flags), never for text someone typed.
    """
    dialect = session.get_bind().dialect
    return {
        name: literal_column(
            literal(value, table.c[name].type)
            .compile(dialect=dialect, compile_kwargs={"literal_binds": True})
            .string
        )
        for name, value in values.items()
    }
