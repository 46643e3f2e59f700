"""What has happened in one home lately, across every kind of record.

Each kind of record (contact entries now; work orders, complaints, cards and
visits as their issues land) contributes a provider; the intake forms show the
merged list beside the form so a repeat problem is obvious at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.domain.roles import Permission
from desk_app.services.context import Actor, ServiceContext, require


@dataclass(frozen=True)
class HistoryItem:
    kind: str  # "contact", "work_order", ...
    record_id: int
    serial: str
    at: datetime
    summary: str
    state: str  # a code of the record's own kind; the UI words it
    voided: bool = False


Provider = Callable[[Session, int, int], list[HistoryItem]]


class RoomHistoryService:
    def __init__(self, ctx: ServiceContext, providers: list[Provider] | None = None):
        self.ctx = ctx
        self.providers: list[Provider] = list(providers or [])

    def add_provider(self, provider: Provider) -> None:
        self.providers.append(provider)

    def recent(self, actor: Actor, room_id: int, limit: int = 15) -> list[HistoryItem]:
        """Newest first, at most ``limit`` items over all kinds."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            items = [
                item for provider in self.providers for item in provider(session, room_id, limit)
            ]
        items.sort(key=lambda item: item.at, reverse=True)
        return items[:limit]
