"""The workbench's lists, gathered from the providers and ordered by urgency."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desk_app.services.context import Actor

if TYPE_CHECKING:
    from desk_app.services.app import Services

LIST_LIMIT = 50  # records shown in one list; its title gives the full count


@dataclass(frozen=True)
class HomeItem:
    """One record on the workbench, one click from its screen."""

    page: str  # the screen that shows it (a main-window page key: "work_orders")
    record_id: int
    serial: str
    summary: str  # where and what, short
    due_at: datetime | None = None  # the deadline that orders the list (UTC); None last
    late: bool = False  # past its deadline


@dataclass(frozen=True)
class HomeList:
    key: str  # stable, for tests and the screen's object names
    title: str  # English source text, context "Home"
    items: tuple[HomeItem, ...]
    total: int  # may be more than the items shown
    rank: int  # the screen shows lower ranks first: the most urgent lists on top
    late: bool = False  # a list of things past their deadline (shown in red)
    more: bool = False  # ``total`` is where counting stopped: "200+"


HomeProvider = Callable[["Services", Actor], Iterable[HomeList]]


def by_deadline(items: Iterable[HomeItem]) -> tuple[HomeItem, ...]:
    """Nearest (or longest past) deadline first; records without one last."""
    return tuple(
        sorted(items, key=lambda i: (i.due_at is None, i.due_at or datetime.max, i.serial))
    )


class HomeService:
    def __init__(self, services: Services, providers: Iterable[HomeProvider] = ()):
        self._services = services
        self.providers: list[HomeProvider] = list(providers)

    def add(self, provider: HomeProvider) -> None:
        self.providers.append(provider)

    def lists(self, actor: Actor) -> list[HomeList]:
        """Every provider's non-empty lists for ``actor``, the most urgent first. A
        provider decides by the actor's role what it shows (and the services it calls
        check the role again)."""
        found: list[HomeList] = []
        for provider in self.providers:
            found.extend(provider(self._services, actor))
        return sorted((lst for lst in found if lst.total), key=lambda lst: (lst.rank, lst.key))
