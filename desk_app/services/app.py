"""The composition root: one object holding every service for one database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from desk_app.db.engine import Database
from desk_app.db.failures import translated_failures
from desk_app.db.migrate import MigrationReport, upgrade
from desk_app.domain.base import utcnow
from desk_app.services.accounts import AccountService
from desk_app.services.archive import ArchiveService
from desk_app.services.archive import papers as archive_papers
from desk_app.services.backups import BackupService
from desk_app.services.cards import Cards
from desk_app.services.cards.overview import (
    card_number_search,
    card_request_lists,
    card_request_search,
    card_sections,
)
from desk_app.services.cards.queries import room_history_provider as card_history
from desk_app.services.complaints import Complaints
from desk_app.services.complaints import overview as complaint_overview
from desk_app.services.complaints.monthly import complaints_section
from desk_app.services.complaints.queries import room_history_provider as complaint_history
from desk_app.services.contacts import ContactService
from desk_app.services.contacts import room_history_provider as contact_history
from desk_app.services.context import Clock, ServiceContext
from desk_app.services.daily import DailySummaryService
from desk_app.services.daily.providers import contact_sections, work_order_sections
from desk_app.services.home import HomeService
from desk_app.services.home.providers import (
    contact_lists,
    notice_lists,
    review_lists,
    work_order_lists,
)
from desk_app.services.kit.room_history import RoomHistoryService
from desk_app.services.monthly import DEFAULT_SECTIONS, MonthlyOverviewService
from desk_app.services.register import ResidentService
from desk_app.services.register.resident_import import ResidentImportService
from desk_app.services.register.room_lookup import RoomLookupService
from desk_app.services.search import SearchService
from desk_app.services.search.providers import contact_search, resident_search, work_order_search
from desk_app.services.settings import SettingsService
from desk_app.services.setup import SetupService
from desk_app.services.visitors import Visitors
from desk_app.services.visitors import room_history_provider as visit_history
from desk_app.services.visitors.overview import visit_search, visitor_lists, visitor_sections
from desk_app.services.work_orders import WorkOrders
from desk_app.services.work_orders.queries import room_history_provider as work_order_history


@dataclass
class Services:
    ctx: ServiceContext
    migration: MigrationReport | None = None
    accounts: AccountService = field(init=False)
    settings: SettingsService = field(init=False)
    setup: SetupService = field(init=False)  # the new site's checklist
    residents: ResidentService = field(init=False)
    rooms: RoomLookupService = field(init=False)  # the room lookup of every intake form
    resident_import: ResidentImportService = field(init=False)
    contacts: ContactService = field(init=False)
    work_orders: WorkOrders = field(init=False)
    complaints: Complaints = field(init=False)
    room_history: RoomHistoryService = field(init=False)
    backups: BackupService = field(init=False)
    home: HomeService = field(init=False)  # the workbench's lists, one provider a kind
    daily: DailySummaryService = field(init=False)  # 日报, one section provider a kind
    search: SearchService = field(init=False)  # the global search, one provider a kind
    visitors: Visitors = field(init=False)
    cards: Cards = field(init=False)
    monthly: MonthlyOverviewService = field(init=False)
    archive: ArchiveService = field(init=False)

    def __post_init__(self) -> None:
        self.accounts = AccountService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.setup = SetupService(self.ctx)
        self.residents = ResidentService(self.ctx)
        self.rooms = RoomLookupService(self.ctx)
        self.resident_import = ResidentImportService(self.ctx)
        self.contacts = ContactService(self.ctx)
        self.work_orders = WorkOrders(self.ctx, self.contacts)
        self.complaints = Complaints(self.ctx, self.contacts)
        # Each kind of record adds what it knows about a home to the history panel.
        self.room_history = RoomHistoryService(
            self.ctx, [contact_history, work_order_history, complaint_history]
        )
        self.backups = BackupService(self.ctx)
        self.home = HomeService(self, [contact_lists, work_order_lists, notice_lists, review_lists])
        self.daily = DailySummaryService(self.ctx, [contact_sections, work_order_sections])
        self.search = SearchService(self, [work_order_search, contact_search, resident_search])
        self.home.add(complaint_overview.home_lists)
        self.daily.add(complaint_overview.daily_sections)
        self.search.add(complaint_overview.search)
        self.visitors = Visitors(self.ctx)
        self.room_history.add_provider(visit_history)
        self.cards = Cards(self.ctx)
        self.room_history.add_provider(card_history)
        self.home.add(card_request_lists)
        self.home.add(visitor_lists)
        self.daily.add(card_sections)
        self.daily.add(visitor_sections)
        self.search.add(card_number_search)
        self.search.add(card_request_search)
        self.search.add(visit_search)
        # Each kind adds its section to the monthly overview and its papers to the archive.
        self.monthly = MonthlyOverviewService(self.ctx, [*DEFAULT_SECTIONS, complaints_section])
        self.archive = ArchiveService(
            self.ctx,
            [
                archive_papers.contact_registers(self.ctx, self.contacts),
                archive_papers.daily_summaries(self.ctx, self.daily),
                archive_papers.complaint_statistics(self.complaints),
                archive_papers.monthly_overview(self.monthly),
            ],
        )

    @property
    def db(self) -> Database:
        return self.ctx.db

    def close(self) -> None:
        self.ctx.db.dispose()


def open_services(url: str, *, clock: Clock = utcnow, zone: tzinfo | None = None) -> Services:
    """Connect, migrate (with a backup of an older SQLite file) and build the services.

    Raises SchemaTooNew for a database written by a newer program, and a
    DatabaseFailure for one that is damaged, read-only, locked or unreachable.
    """
    db = Database(url)
    try:
        with translated_failures():
            report = upgrade(db)
    except Exception:
        db.dispose()
        raise
    ctx = ServiceContext(db, clock) if zone is None else ServiceContext(db, clock, zone)
    return Services(ctx, report)
