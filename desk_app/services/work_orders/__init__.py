"""Work orders (派工单): create, dispatch, follow to completion, call back, print, scan.

The package has the shape every kind of record follows:

| module        | holds                                                            |
|---------------|------------------------------------------------------------------|
| views         | what goes in and out: drafts, filters, list rows, the detail     |
| cleaning      | checking and cleaning what the clerk typed                       |
| service       | opening and correcting an order (``Orders``)                     |
| steps         | the life cycle's steps, each through ``kit.steps.run_step``      |
| callbacks     | calling the resident back                                        |
| slips         | the paper: preview, print, scan, slips still out                 |
| queries       | reading: list pages by key, the detail, counts, history          |
| export        | the spreadsheet, its columns as (header, value) pairs            |
| history       | the change history in words                                      |
| categories, notices, entries, words: the code list, managers' notices, the
  follow-up of the entry an order was made from, the Chinese words it is written in |

``WorkOrders`` is the one entry the screens, the command line and the demo use: one
object per database with a part per task, e.g. ``work_orders.steps.dispatch(...)``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.services.context import Actor, ServiceContext
from desk_app.services.work_orders import export as _export
from desk_app.services.work_orders.callbacks import Callbacks
from desk_app.services.work_orders.categories import Categories
from desk_app.services.work_orders.history import History
from desk_app.services.work_orders.notices import Notices
from desk_app.services.work_orders.queries import Queries
from desk_app.services.work_orders.service import Orders
from desk_app.services.work_orders.slips import Slips
from desk_app.services.work_orders.steps import Steps

if TYPE_CHECKING:
    from desk_app.services.contacts.service import ContactService


class WorkOrders:
    def __init__(self, ctx: ServiceContext, contacts: ContactService):
        self.ctx = ctx
        self.orders = Orders(ctx, contacts)
        self.steps = Steps(ctx)
        self.callbacks = Callbacks(ctx)
        self.slips = Slips(ctx)
        self.queries = Queries(ctx)
        self.history = History(ctx)
        self.categories = Categories(ctx)
        self.notices = Notices(ctx)

    def export(self, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path) -> int:
        """The orders opened in a date range, with Chinese column names (supervisor)."""
        return _export.export(self.ctx, actor, date_from, date_to, fmt, path)
