"""One query, every provider; a serial or card number that names one record exactly is
the record itself (a scanner types it and presses Enter)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk_app.domain.roles import Permission
from desk_app.domain.text_input import clean_search
from desk_app.services.context import Actor, require

if TYPE_CHECKING:
    from desk_app.services.app import Services

GROUP_LIMIT = 8  # hits shown of each kind; the group's title gives the count
MIN_LENGTH = 2  # a single character finds too much to be worth the scan


@dataclass(frozen=True)
class SearchHit:
    page: str  # the main-window page that shows the record
    record_id: int
    serial: str  # or the room's label: what the first column shows
    summary: str
    exact: bool = False  # the query is this record's serial (or card number)


@dataclass(frozen=True)
class SearchGroup:
    key: str  # "contacts", "work_orders", "residents" ...
    title: str  # English source, context "Home" (the lists' words)
    hits: tuple[SearchHit, ...]
    total: int  # may be more than the hits shown
    rank: int = 100
    more: bool = False  # counting stopped: there are more than ``total - 1``


SearchProvider = Callable[["Services", Actor, str], "SearchGroup | None"]


class SearchService:
    def __init__(self, services: Services, providers: Iterable[SearchProvider] = ()):
        self._services = services
        self.providers: list[SearchProvider] = list(providers)

    def add(self, provider: SearchProvider) -> None:
        self.providers.append(provider)

    def search(self, actor: Actor, text: str) -> list[SearchGroup]:
        """The groups with hits, in the providers' ranks; [] for a query too short."""
        require(actor, Permission.VIEW_RECORDS)
        query = clean_search(text)
        if len(query) < MIN_LENGTH:
            return []
        groups = [provider(self._services, actor, query) for provider in self.providers]
        return sorted((g for g in groups if g and g.total), key=lambda g: (g.rank, g.key))

    @staticmethod
    def exact_hit(groups: list[SearchGroup]) -> SearchHit | None:
        """The one record a scanned serial names, if it names exactly one."""
        exact = [hit for group in groups for hit in group.hits if hit.exact]
        return exact[0] if len(exact) == 1 else None
