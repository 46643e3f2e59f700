"""ORM models of the foundation: accounts, departments, audit trail, settings, serials.

Business records are never deleted: rows carry ``active`` (accounts, departments)
or a void state (later records), and every change writes an ``AuditEvent``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.domain.base import Base, UTCDateTime, utcnow


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set while the password is one the administrator gave: changed at the next login.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)

    department: Mapped[Department | None] = relationship()


class AuditEvent(Base):
    """One change: who, when, what, old → new. Append-only (database triggers refuse
    UPDATE and DELETE) and hash-chained: ``row_hash`` seals the row's content and
    ``prev_hash``, the hash of the row before it (``services.audit_chain``)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
        # One successor per row: a fork of the chain cannot even be written.
        Index("ix_audit_events_prev_hash", "prev_hash", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)  # as migration 0001 made it


class SerialCounter(Base):
    """Last serial handed out per kind and day; bumped inside the writing transaction."""

    __tablename__ = "serial_counters"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


# Every table is registered on Base.metadata whenever this module is imported.
from desk_app.domain import card_requests as _card_requests  # noqa: E402,F401
from desk_app.domain import complaints as _complaints  # noqa: E402,F401
from desk_app.domain import contacts as _contacts  # noqa: E402,F401
from desk_app.domain import daily as _daily  # noqa: E402,F401
from desk_app.domain import register as _register  # noqa: E402,F401
from desk_app.domain import visitors as _visitors  # noqa: E402,F401
from desk_app.domain import work_orders as _work_orders  # noqa: E402,F401
