"""The resident register (住户档案): communities → buildings → units → rooms → residents.

Residents are never deleted: moving out sets ``move_out``, a wrong record is
voided with a reason. ``ResidentKey`` rows are a derived search index (pinyin
initials, phone digits reversed so that "the last digits of a phone" become a
prefix an ordinary B-tree index can answer); the services rebuild them whenever
a resident changes.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.domain.base import Base, UTCDateTime, utcnow
from desk_app.domain.i18n import QT_TRANSLATE_NOOP


class Occupancy(enum.StrEnum):
    SELF_OCCUPIED = "self_occupied"  # 自住
    RENTED = "rented"  # 出租
    VACANT = "vacant"  # 空置
    RENOVATING = "renovating"  # 装修
    UNDELIVERED = "undelivered"  # 未交付


OCCUPANCY_LABELS: dict[Occupancy, str] = {
    Occupancy.SELF_OCCUPIED: QT_TRANSLATE_NOOP("Register", "Owner-occupied"),
    Occupancy.RENTED: QT_TRANSLATE_NOOP("Register", "Rented out"),
    Occupancy.VACANT: QT_TRANSLATE_NOOP("Register", "Vacant"),
    Occupancy.RENOVATING: QT_TRANSLATE_NOOP("Register", "Under renovation"),
    Occupancy.UNDELIVERED: QT_TRANSLATE_NOOP("Register", "Not yet handed over"),
}


class Relation(enum.StrEnum):
    OWNER = "owner"  # 业主
    FAMILY = "family"  # 家属
    TENANT = "tenant"  # 租户


RELATION_LABELS: dict[Relation, str] = {
    Relation.OWNER: QT_TRANSLATE_NOOP("Register", "Owner"),
    Relation.FAMILY: QT_TRANSLATE_NOOP("Register", "Family"),
    Relation.TENANT: QT_TRANSLATE_NOOP("Register", "Tenant"),
}

# Who the desk addresses first when a room has several residents.
RELATION_RANK: dict[Relation, int] = {Relation.OWNER: 0, Relation.FAMILY: 1, Relation.TENANT: 2}

MAX_PHONES = 4


def search_text(length: int) -> String:
    """A column the room lookup searches by prefix. On PostgreSQL it is collated "C"
    so that an ordinary B-tree index answers ``LIKE 'prefix%'`` whatever the
    database's collation (under en_US.UTF-8 it would scan the table instead)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class KeyKind(enum.StrEnum):
    PHONE = "phone"  # digits of one phone, reversed
    INITIALS = "initials"  # pinyin initials of the name, one row per reading


class Community(Base):
    __tablename__ = "communities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Building(Base):
    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("community_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"))
    code: Mapped[str] = mapped_column(String(10))  # "3", "12", "A" — see domain.room_address

    community: Mapped[Community] = relationship()


class Unit(Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("building_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    # "" for a building without units, so that every room hangs off exactly one unit.
    code: Mapped[str] = mapped_column(String(10), default="")

    building: Mapped[Building] = relationship()


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("unit_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    number: Mapped[str] = mapped_column(search_text(10), index=True)
    floor: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))  # square metres
    occupancy: Mapped[str] = mapped_column(String(20), default=Occupancy.VACANT.value)
    # Denormalised so that every list can show and sort rooms without three joins.
    label: Mapped[str] = mapped_column(String(40))  # "3栋2单元1501"
    sort_key: Mapped[str] = mapped_column(String(40), index=True)  # natural order
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    unit: Mapped[Unit] = relationship()


class Resident(Base):
    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    name: Mapped[str] = mapped_column(search_text(40), index=True)
    relation: Mapped[str] = mapped_column(String(10))
    phones: Mapped[str] = mapped_column(String(100), default="")  # normalised, comma-separated
    id_number: Mapped[str] = mapped_column(String(18), default="")  # full; shown masked
    move_in: Mapped[date | None] = mapped_column(Date)
    move_out: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    emergency_name: Mapped[str] = mapped_column(String(40), default="")
    emergency_phone: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    room: Mapped[Room] = relationship()
    keys: Mapped[list[ResidentKey]] = relationship(cascade="all, delete-orphan")

    @property
    def phone_list(self) -> list[str]:
        return [p for p in self.phones.split(",") if p]

    def is_current(self, today: date) -> bool:
        return not self.voided and (self.move_out is None or self.move_out > today)


class ResidentKey(Base):
    """One search key of a resident; derived data, rebuilt on every change."""

    __tablename__ = "resident_keys"
    __table_args__ = (Index("ix_resident_keys_kind_key", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(search_text(40))
