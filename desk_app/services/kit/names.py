"""Names for ids: the users and departments a list or a paper shows by name.

The maps are asked with a row's optional id (None: nobody, no department yet), so
their keys admit None; ``ids`` narrows the query to the ids a page needs."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.models import Department, User


def user_names(session: Session, ids: Iterable[int | None] | None = None) -> dict[int | None, str]:
    query = select(User.id, User.display_name)
    if ids is not None:
        query = query.where(User.id.in_([i for i in ids if i is not None]))
    return dict(session.execute(query).all())


def department_names(
    session: Session, ids: Iterable[int | None] | None = None
) -> dict[int | None, str]:
    query = select(Department.id, Department.name)
    if ids is not None:
        query = query.where(Department.id.in_([i for i in ids if i is not None]))
    return dict(session.execute(query).all())
