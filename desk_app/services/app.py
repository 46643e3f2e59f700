"""The composition root: one object holding every service for one database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from desk_app.db.engine import Database
from desk_app.db.failures import translated_failures
from desk_app.db.migrate import MigrationReport, upgrade
from desk_app.domain.base import utcnow
from desk_app.services.accounts import AccountService
from desk_app.services.complaints import Complaints
from desk_app.services.complaints.queries import room_history_provider as complaint_history
from desk_app.services.contacts import ContactService
from desk_app.services.contacts import room_history_provider as contact_history
from desk_app.services.context import Clock, ServiceContext
from desk_app.services.kit.room_history import RoomHistoryService
from desk_app.services.register import ResidentService
from desk_app.services.register.resident_import import ResidentImportService
from desk_app.services.register.room_lookup import RoomLookupService
from desk_app.services.settings import SettingsService
from desk_app.services.setup import SetupService
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
