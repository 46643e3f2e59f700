"""What goes into a month's archive: each provider gives its papers for the month.
The contact log gives one register per day with entries, the overview its PDF;
the daily summaries and the complaint statistics add theirs in ``services/app.py``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain.contacts import ContactEntry
from desk_app.domain.monthly import Month
from desk_app.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class Paper:
    name: str  # the file name in the archive
    kind: str  # what it is, for the manifest
    pdf: bytes


PaperProvider = Callable[[Actor, Month], Iterable[Paper]]


def contact_registers(ctx: ServiceContext, contacts) -> PaperProvider:
    """The 来电来访登记表 of every day of the month that has entries (voided ones too)."""

    def papers(actor: Actor, month: Month) -> Iterable[Paper]:
        first, end = month.first_day, month.next().first_day
        with ctx.db.read() as session:
            days = sorted(
                set(
                    session.scalars(
                        select(ContactEntry.day)
                        .where(ContactEntry.day >= first, ContactEntry.day < end)
                        .distinct()
                    )
                )
            )
        for day in days:
            pdf = contacts.print_register(actor, day)
            yield Paper(f"来电来访登记表-{day.isoformat()}.pdf", "contact_register", pdf)

    return papers


def monthly_overview(monthly) -> PaperProvider:
    def papers(actor: Actor, month: Month) -> Iterable[Paper]:
        yield Paper(f"月度概览-{month}.pdf", "monthly_overview", monthly.print(actor, month))

    return papers
