"""The daily summary's one stored part: the handover notes of a day (交接班备注).

Everything else on the summary is counted from the records when it is printed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.domain.base import Base, UTCDateTime, utcnow

HANDOVER_NOTES_MAX = 2000  # about a page of the summary


class HandoverNote(Base):
    """The notes the clerk on duty leaves for the next shift, one text a day; every
    change is audited (entity "handover_note", the day)."""

    __tablename__ = "handover_notes"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
