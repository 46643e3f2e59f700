"""Room labels for other services' lists, inside their own session."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.register import Room


def room_labels(session: Session, room_ids: Iterable[int]) -> dict[int, str]:
    """{room id: "3栋2单元1501"} for the given ids; unknown ids are left out."""
    ids = sorted(set(room_ids))
    labels: dict[int, str] = {}
    # In chunks: SQLite allows only so many bound parameters in one statement.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        labels.update(session.execute(select(Room.id, Room.label).where(Room.id.in_(chunk))).all())
    return labels
