"""Paging a sorted list by key: the next page starts after the last row seen, by the
values of its sort columns, instead of skipping OFFSET rows (which the database has to
read and throw away, and which shifts when rows are added meanwhile).

A sort is a list of ``SortKey``s ending with a unique column (the id), so that every
row has one place in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, false, or_
from sqlalchemy.sql.elements import ColumnElement


@dataclass(frozen=True)
class SortKey:
    column: Any  # a mapped column or SQL expression
    descending: bool = False
    nulls_last: bool = False  # for an ascending key that may be NULL


def ordered(query: Select, keys: Sequence[SortKey]) -> Select:
    """``query`` in the order of ``keys`` (NULLs last where asked, on every backend)."""
    terms: list[Any] = []
    for key in keys:
        if key.nulls_last:
            terms.append(key.column.is_(None))
        terms.append(key.column.desc() if key.descending else key.column)
    return query.order_by(*terms)


def after(query: Select, keys: Sequence[SortKey], values: Sequence[Any]) -> Select:
    """``query`` restricted to the rows that come after the one whose sort values are
    ``values`` (one per key)."""
    return query.where(_past(list(keys), list(values)))


def _past(keys: list[SortKey], values: list[Any]) -> ColumnElement:
    key, value = keys[0], values[0]
    beyond, same = _beyond(key, value), _same(key, value)
    if len(keys) == 1:
        return beyond
    return or_(beyond, and_(same, _past(keys[1:], values[1:])))


def _beyond(key: SortKey, value: Any) -> ColumnElement:
    if value is None:  # NULLs come last: nothing but other NULLs after them
        return false()
    past = key.column < value if key.descending else key.column > value
    return or_(past, key.column.is_(None)) if key.nulls_last else past


def _same(key: SortKey, value: Any) -> ColumnElement:
    return key.column.is_(None) if value is None else key.column == value
