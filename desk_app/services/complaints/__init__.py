"""Complaints (投诉): take, classify, escalate, follow to closure, print, count.

The package has the work orders' shape:

| module     | holds                                                              |
|------------|--------------------------------------------------------------------|
| views      | what goes in and out: the draft, filters, list rows, the detail    |
| cleaning   | checking and cleaning what the clerk typed                         |
| service    | taking a complaint (``Intake``): serial, deadlines, repeat rule,   |
|            | the manager told of a major one, its acknowledgement               |
| steps      | the life cycle's steps, each through ``kit.steps.run_step``        |
| queries    | reading: list pages by key, the detail, counts, the room history   |
| statistics | the monthly statistics and the quarterly analysis                  |
| papers     | the PDFs: the event report, the monthly and quarterly papers       |
| export     | the spreadsheet                                                    |
| calendar   | the administrator's working-day overrides                          |

``Complaints`` is the one entry the screens, the command line and the demo use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.services.complaints import export as _export
from desk_app.services.complaints.calendar import Calendar
from desk_app.services.complaints.papers import Papers
from desk_app.services.complaints.queries import Queries
from desk_app.services.complaints.service import Intake
from desk_app.services.complaints.statistics import Statistics
from desk_app.services.complaints.steps import Steps
from desk_app.services.context import Actor, ServiceContext

if TYPE_CHECKING:
    from desk_app.services.contacts.service import ContactService


class Complaints:
    def __init__(self, ctx: ServiceContext, contacts: ContactService):
        self.ctx = ctx
        self.intake = Intake(ctx, contacts)
        self.steps = Steps(ctx)
        self.queries = Queries(ctx)
        self.statistics = Statistics(ctx)
        self.papers = Papers(ctx)
        self.calendar = Calendar(ctx)

    def export(self, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path) -> int:
        """The complaints received in a date range, with Chinese column names (audited)."""
        return _export.export(self.ctx, actor, date_from, date_to, fmt, path)
