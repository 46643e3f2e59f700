"""What goes into a month's archive: each provider gives its papers for the month.
The contact log gives one register per day with entries, the overview its PDF;
the daily summaries and the complaint statistics add theirs in ``services/app.py``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

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


def days_with_entries(ctx: ServiceContext, month: Month) -> list[date]:
    """The days of ``month`` with contact entries (voided ones too): the desk's open days."""
    first, end = month.first_day, month.next().first_day
    with ctx.db.read() as session:
        return sorted(
            set(
                session.scalars(
                    select(ContactEntry.day)
                    .where(ContactEntry.day >= first, ContactEntry.day < end)
                    .distinct()
                )
            )
        )


def contact_registers(ctx: ServiceContext, contacts) -> PaperProvider:
    """The 来电来访登记表 of every day of the month that has entries (voided ones too)."""

    def papers(actor: Actor, month: Month) -> Iterable[Paper]:
        for day in days_with_entries(ctx, month):
            pdf = contacts.print_register(actor, day)
            yield Paper(f"来电来访登记表-{day.isoformat()}.pdf", "contact_register", pdf)

    return papers


def daily_summaries(ctx: ServiceContext, daily) -> PaperProvider:
    """The 日报 / 交接班表 of every day the desk was open, from a service with
    ``pdf(actor, day) -> bytes`` (the daily summary's): register it in
    ``services/app.py`` beside the others."""

    def papers(actor: Actor, month: Month) -> Iterable[Paper]:
        for day in days_with_entries(ctx, month):
            yield Paper(f"日报-{day.isoformat()}.pdf", "daily_summary", daily.pdf(actor, day))

    return papers


def monthly_overview(monthly) -> PaperProvider:
    def papers(actor: Actor, month: Month) -> Iterable[Paper]:
        yield Paper(f"月度概览-{month}.pdf", "monthly_overview", monthly.print(actor, month))

    return papers


def complaint_statistics(complaints) -> PaperProvider:
    """The month's 客户月投诉统计表, from the complaints' papers."""

    def papers(actor: Actor, month: Month) -> Iterable[Paper]:
        pdf = complaints.papers.monthly_pdf(actor, month)
        yield Paper(f"客户月投诉统计表-{month}.pdf", "complaint_statistics", pdf)

    return papers
