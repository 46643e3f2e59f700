"""The contact log (来电来访登记), laid out as every kind of record is:

- ``views``: what it takes and gives (draft, list row, detail, filter, channels, a
  day's status) and how its fields read in a history;
- ``cleaning``: a draft checked and turned into stored values;
- ``steps``: what follows the logging (follow-up, review, signing the day);
- ``queries``: list pages by key, the detail, days and their signatures;
- ``export``: the printed register and the export's columns;
- ``service``: ``ContactService``, one method per user action.
"""

from desk_app.services.contacts.queries import room_history_provider
from desk_app.services.contacts.service import ContactService
from desk_app.services.contacts.views import (
    ChannelInfo,
    ContactDetail,
    ContactDraft,
    ContactFilter,
    ContactRow,
    DayStatus,
)

__all__ = [
    "ChannelInfo",
    "ContactDetail",
    "ContactDraft",
    "ContactFilter",
    "ContactRow",
    "ContactService",
    "DayStatus",
    "room_history_provider",
]
