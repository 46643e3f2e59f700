"""The resident register (住户档案), laid out as every kind of record is:

- ``views``: rooms, residents and drafts as the screens see them, and how the
  audit trail words them;
- ``cleaning``: input checked and turned into stored values;
- ``steps``: moving out, voiding a wrong record;
- ``queries``: the estate's shape, rooms by page, a room with its residents;
- ``service``: ``ResidentService``, one method per user action;
- ``room_lookup`` (finding a home by what a caller says), ``bulk`` (many rows at
  once), ``labels`` (room labels for other kinds' lists) and ``resident_import``.
"""

from desk_app.services.register.service import ResidentService
from desk_app.services.register.views import (
    BuildingInfo,
    BulkResult,
    BulkRoom,
    CommunityInfo,
    ResidentDraft,
    ResidentInfo,
    RoomDetail,
    RoomDraft,
    RoomEdit,
    RoomInfo,
    UnitInfo,
)

__all__ = [
    "BuildingInfo",
    "BulkResult",
    "BulkRoom",
    "CommunityInfo",
    "ResidentDraft",
    "ResidentInfo",
    "ResidentService",
    "RoomDetail",
    "RoomDraft",
    "RoomEdit",
    "RoomInfo",
    "UnitInfo",
]
