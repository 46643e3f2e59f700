"""Access cards (IC住户卡): the card register and the requests that change it.

The package has the shape of ``services.work_orders``:

| module    | holds                                                           |
|-----------|-----------------------------------------------------------------|
| views     | drafts, filters, the register's rows, a request's detail        |
| cleaning  | checking what the clerk typed; card numbers in their one form   |
| service   | taking a request (``Requests``); a lost card is blocked at once |
| steps     | approve, reject, hand over, file — each through ``run_step``    |
| register  | finding cards (a reader's number, a home, a holder); state changes |
| queries   | reading: list pages by key, the detail, the room-history provider |
| papers    | the application form and the fee receipt (PDF), every print logged |
| export    | the spreadsheet of requests                                     |
| history   | 修改记录 of a request and of a card, in words                    |

``Cards`` is the one entry the screens, the command line and the demo use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk_app.services.cards import export as _export
from desk_app.services.cards.history import History
from desk_app.services.cards.papers import Papers
from desk_app.services.cards.register import Register
from desk_app.services.cards.service import Requests
from desk_app.services.cards.steps import Steps
from desk_app.services.context import Actor, ServiceContext


class Cards:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.requests = Requests(ctx)
        self.steps = Steps(ctx)
        self.register = Register(ctx)
        self.papers = Papers(ctx)
        self.history = History(ctx)

    def export(self, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path) -> int:
        """The requests taken in a date range, with Chinese column names (supervisor)."""
        return _export.export(self.ctx, actor, date_from, date_to, fmt, path)
