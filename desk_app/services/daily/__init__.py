"""The daily summary (日报 / 交接班表): sections from every kind of record.

A kind adds a ``DailyProvider`` (a function of ``DailyContext`` returning its
``DailySection``s) in ``desk_app.services.app``, as the contact log and the work orders
do (``providers``)."""

from desk_app.services.daily.service import DailySummaryService
from desk_app.services.daily.views import (
    DailyContext,
    DailyProvider,
    DailySection,
    DailySummary,
    DailyTable,
    Figure,
)

__all__ = [
    "DailyContext",
    "DailyProvider",
    "DailySection",
    "DailySummary",
    "DailySummaryService",
    "DailyTable",
    "Figure",
]
