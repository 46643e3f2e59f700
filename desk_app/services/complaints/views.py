"""What goes in and out of the complaint services: the intake draft, the list's filter
and rows, one complaint's detail with its timeline."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desk_app.domain.complaints import (
    LIFECYCLE,
    Action,
    Category,
    Channel,
    DuePhase,
    Level,
    MajorSign,
    Nature,
    NoteChannel,
    Satisfaction,
    Status,
    Tier,
)
from desk_app.domain.roles import Permission
from desk_app.services.context import Actor
from desk_app.services.kit.links import RecordRef


@dataclass(frozen=True)
class ComplaintDraft:
    """The intake form as typed. ``major`` is what the clerk confirmed; ``signs`` the
    major signs ticked (the form suggests them from the content)."""

    channel: Channel | str = Channel.CALL
    complainant: str = ""
    room_id: int | None = None
    place: str = ""
    phone: str = ""
    content: str = ""
    written: bool = False
    solved_on_spot: bool = False
    nature: Nature | str = Nature.VALID
    category: Category | str = Category.OTHER
    major: bool = False
    signs: tuple[MajorSign | str, ...] = ()
    households: int = 1
    department_id: int | None = None
    received_at: datetime | None = None  # default: when saved
    source: RecordRef | None = None  # the contact entry or work order it came from


class Sort(enum.StrEnum):
    CREATED = "created"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class ComplaintFilter:
    date_from: date | None = None
    date_to: date | None = None
    open_only: bool = False
    overdue_only: bool = False
    major_only: bool = False
    unacknowledged_only: bool = False
    due_within: timedelta | None = None  # open, deadline not passed but this near
    status: str | None = None
    level: str | None = None
    category: str | None = None
    room_id: int | None = None
    room_ids: tuple[int, ...] | None = None
    text: str = ""
    sort: Sort | str = Sort.CREATED


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    serial: str
    created_at: datetime
    received_at: datetime
    channel: Channel
    complainant: str
    room_label: str
    place: str
    content: str
    nature: Nature
    category: Category
    level: Level
    tier: Tier
    status: Status
    due_phase: DuePhase | None
    due_at: datetime | None
    overdue: bool
    acknowledged: bool

    @property
    def where(self) -> str:
        return f"{self.room_label} {self.place}".strip() if self.room_label else self.place


@dataclass(frozen=True)
class TimelineRow:
    at: datetime
    actor: str
    action: str  # an Action, or "create"
    from_status: Status | None
    to_status: Status
    reason: str
    channel: NoteChannel | None
    tier: Tier | None


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    serial: str
    day: date
    created_at: datetime
    created_by: str
    received_at: datetime
    channel: Channel
    complainant: str
    room_id: int | None
    room_label: str
    place: str
    phone: str
    households: int
    content: str
    written: bool
    solved_on_spot: bool
    nature: Nature
    category: Category
    level: Level
    signs: tuple[MajorSign, ...]
    department_id: int | None
    department: str
    status: Status
    tier: Tier
    repeat_of: str  # the serial of the earlier complaint this one repeats
    manager_notified_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str
    reply_due_at: datetime | None
    replied_at: datetime | None
    written_reply_at: datetime | None
    resolve_due_at: datetime
    due_phase: DuePhase | None
    due_at: datetime | None
    overdue: bool
    assessment: str
    cause: str
    responsible: str
    resolution: str
    approved_at: datetime | None
    approved_by: str
    carried_out: str
    confirmation: str
    resolved_at: datetime | None
    resolved_late: bool
    satisfaction: Satisfaction | None
    callback_note: str
    callback_at: datetime | None
    summary_cause: str
    summary_lesson: str
    summary_prevention: str
    closed_at: datetime | None
    end_reason: str
    print_count: int
    links: tuple[RecordRef, ...]
    link_serials: tuple[str, ...]
    timeline: tuple[TimelineRow, ...]
    # what the service wants the clerk told at once (English source, context Complaints)
    notices: tuple[str, ...] = field(default=())

    @property
    def where(self) -> str:
        return f"{self.room_label} {self.place}".strip() if self.room_label else self.place

    @property
    def needs_acknowledgement(self) -> bool:
        return self.level is Level.MAJOR and self.acknowledged_at is None

    def can(self, actor: Actor, action: Action | str) -> bool:
        return LIFECYCLE.allows(self, action, actor.user_id, actor.can)

    def may_acknowledge(self, actor: Actor) -> bool:
        return self.needs_acknowledgement and actor.can(Permission.CLOSE_MAJOR)


@dataclass(frozen=True)
class ComplaintCounts:
    open: int
    overdue: int
    major_unacknowledged: int
