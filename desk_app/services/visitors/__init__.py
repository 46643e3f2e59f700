"""The visitor register (访客登记), in the shape every kind of record follows:

| module    | holds                                                             |
|-----------|-------------------------------------------------------------------|
| views     | drafts, rows, filters, kinds, block-list entries, history fields  |
| cleaning  | checking what the clerk typed                                     |
| service   | sign in (against the block list), correct, sign out, void, read   |
| blocks    | the block list and its matching                                   |
| passes    | the printed pass                                                  |
| retention | blanking personal data past its retention                         |
| queries   | list pages by key, a visit by serial, the room-history provider   |
| export    | the spreadsheet                                                   |

``Visitors`` is the one entry the screens, the command line and the demo use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk_app.services.context import Actor, ServiceContext
from desk_app.services.visitors import export as _export
from desk_app.services.visitors.blocks import BlockList
from desk_app.services.visitors.passes import Passes
from desk_app.services.visitors.queries import room_history_provider
from desk_app.services.visitors.retention import Retention
from desk_app.services.visitors.service import Visits
from desk_app.services.visitors.views import (
    BlockDraft,
    BlockInfo,
    KindInfo,
    SignedIn,
    VisitDraft,
    VisitFilter,
    VisitRow,
)

__all__ = [
    "BlockDraft",
    "BlockInfo",
    "KindInfo",
    "SignedIn",
    "VisitDraft",
    "VisitFilter",
    "VisitRow",
    "Visitors",
    "room_history_provider",
]


class Visitors:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.visits = Visits(ctx)
        self.blocks = BlockList(ctx)
        self.passes = Passes(ctx)
        self.retention = Retention(ctx)

    def export(self, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path) -> int:
        """The visits of a date range, with Chinese column names (supervisor; audited)."""
        return _export.export(self.ctx, self.visits, actor, date_from, date_to, fmt, path)
