"""Complaints (投诉): classification, the major-complaint signs, the life cycle, the
working-day deadlines (docs/domain.md, "Complaints").

Pure rules over plain values, and the tables. The services apply them in one
transaction per user action; the life cycle is a ``Lifecycle`` like the work orders'.

Life: received → assessed (an invalid complaint is dismissed with the explanation
given) → investigated (cause, responsible party) → resolution proposed → approved (a
supervisor; the manager for a major one) → carried out and confirmed by the
complainant → called back → summarised (cause, lesson, prevention) → closed. Besides
the path, an open complaint may be escalated one tier (clerk → supervisor → project
manager → company) with a reason, and every progress report to the complainant
(告知进展) is logged with its channel; neither changes the state.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Protocol

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.domain.base import Base, UTCDateTime, utcnow
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import Guard, Lifecycle
from desk_app.domain.roles import Permission
from desk_app.domain.working_days import Overrides, add_working_days

SERIAL_KIND = "TS"
ENTITY = "complaint"
CONTEXT = "Complaints"  # the translation context of every label below
NOTICE_MAJOR_COMPLAINT = "major_complaint"


class Channel(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    OTHER = "other"  # press, online


CHANNEL_LABELS = {
    Channel.CALL: QT_TRANSLATE_NOOP("Complaints", "Phone call"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Complaints", "Visit"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Complaints", "Letter"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Complaints", "Other (press, online)"),
}


class Nature(enum.StrEnum):
    VALID = "valid"  # 有效投诉
    HELP = "help"  # 沟通性: asking for help
    QUESTION = "question"  # 沟通性: asking a question
    VENTING = "venting"  # 沟通性: venting


NATURE_LABELS = {
    Nature.VALID: QT_TRANSLATE_NOOP("Complaints", "Valid complaint"),
    Nature.HELP: QT_TRANSLATE_NOOP("Complaints", "Communicative: asking for help"),
    Nature.QUESTION: QT_TRANSLATE_NOOP("Complaints", "Communicative: asking a question"),
    Nature.VENTING: QT_TRANSLATE_NOOP("Complaints", "Communicative: venting"),
}
# Asking for help or a question is a consultation: resolved within fewer working days.
CONSULTATIONS = frozenset({Nature.HELP, Nature.QUESTION})


class Category(enum.StrEnum):
    FACILITIES = "facilities"
    ATTITUDE = "attitude"
    QUALITY = "quality"
    INCIDENT = "incident"
    FEES = "fees"
    NEIGHBOURS = "neighbours"
    OTHER = "other"


CATEGORY_LABELS = {
    Category.FACILITIES: QT_TRANSLATE_NOOP("Complaints", "Facilities and equipment"),
    Category.ATTITUDE: QT_TRANSLATE_NOOP("Complaints", "Service attitude"),
    Category.QUALITY: QT_TRANSLATE_NOOP("Complaints", "Service quality"),
    Category.INCIDENT: QT_TRANSLATE_NOOP("Complaints", "Sudden incident"),
    Category.FEES: QT_TRANSLATE_NOOP("Complaints", "Fees"),
    Category.NEIGHBOURS: QT_TRANSLATE_NOOP("Complaints", "Neighbours and noise"),
    Category.OTHER: QT_TRANSLATE_NOOP("Complaints", "Other"),
}


class Level(enum.StrEnum):
    GENERAL = "general"
    MAJOR = "major"


LEVEL_LABELS = {
    Level.GENERAL: QT_TRANSLATE_NOOP("Complaints", "General"),
    Level.MAJOR: QT_TRANSLATE_NOOP("Complaints", "Major"),
}


class Tier(enum.IntEnum):
    """Who the complaint has been escalated to: the chain clerk → company."""

    DESK = 0
    SUPERVISOR = 1
    MANAGER = 2
    COMPANY = 3


TIER_LABELS = {
    Tier.DESK: QT_TRANSLATE_NOOP("Complaints", "Front desk"),
    Tier.SUPERVISOR: QT_TRANSLATE_NOOP("Complaints", "Supervisor"),
    Tier.MANAGER: QT_TRANSLATE_NOOP("Complaints", "Project manager"),
    Tier.COMPANY: QT_TRANSLATE_NOOP("Complaints", "Company"),
}


def escalated(tier: int) -> Tier:
    """One tier up the chain (the company is the top)."""
    return Tier(min(int(tier) + 1, Tier.COMPANY))


# -- major complaints ------------------------------------------------------------------


class MajorSign(enum.StrEnum):
    FIRE = "fire"
    LIFT_TRAPPED = "lift_trapped"
    EXPLOSION = "explosion"
    POWER_CUT = "power_cut"
    FLOODING = "flooding"
    CRIME = "crime"
    COLLECTIVE = "collective"  # three or more households
    MAIN_PLANT = "main_plant"
    STRUCTURAL = "structural"
    EXPOSURE = "exposure"  # legal or press


MAJOR_SIGN_LABELS = {
    MajorSign.FIRE: QT_TRANSLATE_NOOP("Complaints", "Fire"),
    MajorSign.LIFT_TRAPPED: QT_TRANSLATE_NOOP("Complaints", "People trapped in a lift"),
    MajorSign.EXPLOSION: QT_TRANSLATE_NOOP("Complaints", "Explosion"),
    MajorSign.POWER_CUT: QT_TRANSLATE_NOOP("Complaints", "Sudden power cut"),
    MajorSign.FLOODING: QT_TRANSLATE_NOOP("Complaints", "Flooding"),
    MajorSign.CRIME: QT_TRANSLATE_NOOP("Complaints", "Theft or crime"),
    MajorSign.COLLECTIVE: QT_TRANSLATE_NOOP("Complaints", "Three or more households"),
    MajorSign.MAIN_PLANT: QT_TRANSLATE_NOOP("Complaints", "Main plant failure"),
    MajorSign.STRUCTURAL: QT_TRANSLATE_NOOP("Complaints", "Structural damage"),
    MajorSign.EXPOSURE: QT_TRANSLATE_NOOP("Complaints", "Legal or press exposure"),
}

# Words in what was said that suggest a sign; the clerk confirms (a suggestion only).
MAJOR_WORDS: dict[MajorSign, tuple[str, ...]] = {
    MajorSign.FIRE: ("火灾", "着火", "起火", "失火", "冒烟", "火警"),
    MajorSign.LIFT_TRAPPED: ("困人", "被困", "关在电梯", "困在电梯", "电梯困"),
    MajorSign.EXPLOSION: ("爆炸", "爆燃"),
    MajorSign.POWER_CUT: ("突然停电", "大面积停电", "全楼停电", "整栋停电", "停电"),
    MajorSign.FLOODING: ("水浸", "水淹", "被淹", "进水", "爆管", "泡水"),
    MajorSign.CRIME: ("被盗", "失窃", "盗窃", "偷", "抢劫", "打架", "斗殴", "报警"),
    MajorSign.COLLECTIVE: ("集体投诉", "联名", "多户", "全体业主", "业主们"),
    MajorSign.MAIN_PLANT: ("中央空调", "发电机", "配电房", "高低压", "通讯中断", "水泵房"),
    MajorSign.STRUCTURAL: ("裂缝", "坍塌", "倒塌", "塌陷", "墙体开裂", "脱落"),
    MajorSign.EXPOSURE: (
        "媒体",
        "记者",
        "报社",
        "电视台",
        "起诉",
        "律师",
        "法院",
        "曝光",
        "网上发",
    ),
}
# Three or more households make a collective complaint.
COLLECTIVE_HOUSEHOLDS = 3


def major_signs(text: str, households: int = 1) -> list[MajorSign]:
    """The signs of a major complaint that ``text`` (and the number of households
    complaining together) suggest, in the order of MajorSign."""
    found = {sign for sign, words in MAJOR_WORDS.items() if any(w in (text or "") for w in words)}
    if households >= COLLECTIVE_HOUSEHOLDS:
        found.add(MajorSign.COLLECTIVE)
    return [sign for sign in MajorSign if sign in found]


def signs_text(signs: Iterable[MajorSign | str]) -> str:
    return ",".join(MajorSign(s).value for s in signs)


def signs_of(stored: str) -> list[MajorSign]:
    return [MajorSign(code) for code in (stored or "").split(",") if code]


# -- the life cycle ---------------------------------------------------------------------


class Status(enum.StrEnum):
    RECEIVED = "received"
    ASSESSED = "assessed"
    INVESTIGATED = "investigated"
    PROPOSED = "proposed"
    APPROVED = "approved"
    CARRIED_OUT = "carried_out"  # and confirmed by the complainant
    CALLED_BACK = "called_back"
    SUMMARISED = "summarised"
    CLOSED = "closed"
    DISMISSED = "dismissed"  # assessed invalid, the explanation given
    VOIDED = "voided"  # entered in error


STATUS_LABELS = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("Complaints", "Received"),
    Status.ASSESSED: QT_TRANSLATE_NOOP("Complaints", "Assessed"),
    Status.INVESTIGATED: QT_TRANSLATE_NOOP("Complaints", "Investigated"),
    Status.PROPOSED: QT_TRANSLATE_NOOP("Complaints", "Resolution proposed"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Complaints", "Resolution approved"),
    Status.CARRIED_OUT: QT_TRANSLATE_NOOP("Complaints", "Carried out and confirmed"),
    Status.CALLED_BACK: QT_TRANSLATE_NOOP("Complaints", "Called back"),
    Status.SUMMARISED: QT_TRANSLATE_NOOP("Complaints", "Summarised"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Complaints", "Closed"),
    Status.DISMISSED: QT_TRANSLATE_NOOP("Complaints", "Closed as invalid"),
    Status.VOIDED: QT_TRANSLATE_NOOP("Complaints", "Voided"),
}

END_STATUSES = frozenset({Status.CLOSED, Status.DISMISSED, Status.VOIDED})
OPEN_STATUSES = frozenset(Status) - END_STATUSES
# Before these the complaint is still to be resolved: its resolution deadline runs.
RESOLVING_STATUSES = frozenset(
    {Status.RECEIVED, Status.ASSESSED, Status.INVESTIGATED, Status.PROPOSED, Status.APPROVED}
)


class Action(enum.StrEnum):
    ASSESS = "assess"
    DISMISS = "dismiss"
    INVESTIGATE = "investigate"
    PROPOSE = "propose"
    APPROVE = "approve"
    REJECT = "reject"  # the proposal goes back to be worked out again
    CARRY_OUT = "carry_out"
    CALLBACK = "callback"
    SUMMARISE = "summarise"
    CLOSE = "close"
    ESCALATE = "escalate"
    NOTE = "note"  # 告知进展: a progress report to the complainant
    VOID = "void"


ACTION_LABELS = {
    Action.ASSESS: QT_TRANSLATE_NOOP("Complaints", "Assess"),
    Action.DISMISS: QT_TRANSLATE_NOOP("Complaints", "Close as invalid"),
    Action.INVESTIGATE: QT_TRANSLATE_NOOP("Complaints", "Record the investigation"),
    Action.PROPOSE: QT_TRANSLATE_NOOP("Complaints", "Propose a resolution"),
    Action.APPROVE: QT_TRANSLATE_NOOP("Complaints", "Approve the resolution"),
    Action.REJECT: QT_TRANSLATE_NOOP("Complaints", "Send the proposal back"),
    Action.CARRY_OUT: QT_TRANSLATE_NOOP("Complaints", "Carried out, complainant confirms"),
    Action.CALLBACK: QT_TRANSLATE_NOOP("Complaints", "Record the callback"),
    Action.SUMMARISE: QT_TRANSLATE_NOOP("Complaints", "Write the summary"),
    Action.CLOSE: QT_TRANSLATE_NOOP("Complaints", "Close"),
    Action.ESCALATE: QT_TRANSLATE_NOOP("Complaints", "Escalate"),
    Action.NOTE: QT_TRANSLATE_NOOP("Complaints", "Tell the complainant of progress"),
    Action.VOID: QT_TRANSLATE_NOOP("Complaints", "Void"),
}

_OPEN = tuple(s for s in Status if s in OPEN_STATUSES)

TRANSITIONS: dict[Action, dict[Status, Status | None]] = {
    Action.ASSESS: {Status.RECEIVED: Status.ASSESSED},
    Action.DISMISS: {Status.RECEIVED: Status.DISMISSED, Status.ASSESSED: Status.DISMISSED},
    Action.INVESTIGATE: {Status.ASSESSED: Status.INVESTIGATED},
    Action.PROPOSE: {Status.INVESTIGATED: Status.PROPOSED},
    Action.APPROVE: {Status.PROPOSED: Status.APPROVED},
    Action.REJECT: {Status.PROPOSED: Status.INVESTIGATED},
    Action.CARRY_OUT: {Status.APPROVED: Status.CARRIED_OUT},
    Action.CALLBACK: {Status.CARRIED_OUT: Status.CALLED_BACK},
    Action.SUMMARISE: {Status.CALLED_BACK: Status.SUMMARISED},
    Action.CLOSE: {Status.SUMMARISED: Status.CLOSED},
    # Neither changes the state: the complaint goes on where it stands.
    Action.ESCALATE: {s: s for s in _OPEN},
    Action.NOTE: {s: s for s in _OPEN},
    Action.VOID: dict.fromkeys(_OPEN, Status.VOIDED),
}

GUARDS = {
    Action.ESCALATE: Guard(
        lambda c: int(c.tier) < Tier.COMPANY,
        QT_TRANSLATE_NOOP("Errors", "{record} has already gone to the company."),
    ),
    # A written complaint gets a written reply before it is closed.
    Action.CLOSE: Guard(
        lambda c: not c.written or c.written_reply_at is not None,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{record} was made in writing: log the written reply to the complainant first.",
        ),
    ),
}

ACTION_PERMISSION: dict[Action, Permission] = {
    **dict.fromkeys(Action, Permission.LOG_WORK),
    Action.APPROVE: Permission.APPROVE,
    Action.CLOSE: Permission.APPROVE,
    Action.VOID: Permission.VOID,
}

ACTION_APPROVE_MAJOR = QT_TRANSLATE_NOOP(
    "Roles", "approve the resolution of a major complaint (the project manager does)"
)
ACTION_CLOSE_MAJOR = QT_TRANSLATE_NOOP("Roles", "close major complaints")
ACTION_APPROVE_RESOLUTION = QT_TRANSLATE_NOOP("Roles", "approve complaint resolutions")
ACTION_CLOSE_COMPLAINT = QT_TRANSLATE_NOOP("Roles", "close complaints")


class StepFacts(Protocol):
    status: str
    level: str


def step_refusal(
    action: Action | str, complaint: StepFacts, actor_id: int, can: Callable[[Permission], bool]
) -> tuple[Permission, str | None] | None:
    """A clerk cannot approve nor close; the manager approves and closes a major one."""
    action = Action(action)
    major = Level(complaint.level) is Level.MAJOR
    if action is Action.APPROVE:
        if major:
            return (
                None
                if can(Permission.CLOSE_MAJOR)
                else (Permission.CLOSE_MAJOR, ACTION_APPROVE_MAJOR)
            )
        return None if can(Permission.APPROVE) else (Permission.APPROVE, ACTION_APPROVE_RESOLUTION)
    if action is Action.CLOSE:
        if major:
            return (
                None
                if can(Permission.CLOSE_MAJOR)
                else (Permission.CLOSE_MAJOR, ACTION_CLOSE_MAJOR)
            )
        return None if can(Permission.APPROVE) else (Permission.APPROVE, ACTION_CLOSE_COMPLAINT)
    needed = ACTION_PERMISSION[action]
    return None if can(needed) else (needed, None)


NEXT_STEPS: dict[Status, tuple[Action, ...]] = {
    Status.RECEIVED: (Action.ASSESS,),
    Status.ASSESSED: (Action.INVESTIGATE,),
    Status.INVESTIGATED: (Action.PROPOSE,),
    Status.PROPOSED: (Action.APPROVE,),
    Status.APPROVED: (Action.CARRY_OUT,),
    Status.CARRIED_OUT: (Action.CALLBACK,),
    Status.CALLED_BACK: (Action.SUMMARISE,),
    Status.SUMMARISED: (Action.CLOSE,),
}
MENU_STEPS = (Action.NOTE, Action.ESCALATE, Action.REJECT, Action.DISMISS, Action.VOID)

LIFECYCLE: Lifecycle[Status, Action] = Lifecycle(
    kind=ENTITY,
    context=CONTEXT,
    record_word=QT_TRANSLATE_NOOP("Complaints", "The complaint"),
    states=Status,
    actions=Action,
    transitions=TRANSITIONS,
    permissions=ACTION_PERMISSION,
    state_labels=STATUS_LABELS,
    action_labels=ACTION_LABELS,
    next_steps=NEXT_STEPS,
    menu=MENU_STEPS,
    guards=GUARDS,
    role_rule=step_refusal,
    nominal_targets={Action.ESCALATE: Status.RECEIVED, Action.NOTE: Status.RECEIVED},
)


class NoteChannel(enum.StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    WRITTEN = "written"  # a letter or a written notice: the written reply
    MESSAGE = "message"  # SMS, WeChat


NOTE_CHANNEL_LABELS = {
    NoteChannel.PHONE: QT_TRANSLATE_NOOP("Complaints", "By phone"),
    NoteChannel.VISIT: QT_TRANSLATE_NOOP("Complaints", "In person"),
    NoteChannel.WRITTEN: QT_TRANSLATE_NOOP("Complaints", "In writing"),
    NoteChannel.MESSAGE: QT_TRANSLATE_NOOP("Complaints", "By message (SMS, WeChat)"),
}


class Satisfaction(enum.StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    FAIR = "fair"
    DISSATISFIED = "dissatisfied"


SATISFACTION_LABELS = {
    Satisfaction.VERY_SATISFIED: QT_TRANSLATE_NOOP("Complaints", "Very satisfied"),
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("Complaints", "Satisfied"),
    Satisfaction.FAIR: QT_TRANSLATE_NOOP("Complaints", "Fair"),
    Satisfaction.DISSATISFIED: QT_TRANSLATE_NOOP("Complaints", "Dissatisfied"),
}
# Satisfied or better counts as satisfied in the statistics.
SATISFIED = frozenset({Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED})


# -- deadlines ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintSla:
    reply_days: int
    resolve_workdays: int
    consultation_workdays: int
    repeat_hours: int

    KEYS = (
        "sla.complaint_reply_days",
        "sla.complaint_resolve_workdays",
        "sla.consultation_resolve_workdays",
        "sla.repeat_complaint_hours",
    )

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> ComplaintSla:
        return cls(*(int(values[key]) for key in cls.KEYS))


class DuePhase(enum.StrEnum):
    REPLY = "reply"  # the complainant must hear back
    RESOLVE = "resolve"  # the complaint must be resolved


DUE_PHASE_LABELS = {
    DuePhase.REPLY: QT_TRANSLATE_NOOP("Complaints", "Reply by"),
    DuePhase.RESOLVE: QT_TRANSLATE_NOOP("Complaints", "Resolve by"),
}


def plan_deadlines(
    received_at: datetime,
    nature: Nature | str,
    solved_on_spot: bool,
    sla: ComplaintSla,
    zone: tzinfo,
    overrides: Overrides | None = None,
) -> tuple[datetime | None, datetime]:
    """(reply by, resolve by): a reply within the set days unless it was solved on the
    spot; the resolution by the end of the local working day that many working days
    after the day received (consultations fewer)."""
    reply = None if solved_on_spot else received_at + timedelta(days=sla.reply_days)
    days = sla.consultation_workdays if Nature(nature) in CONSULTATIONS else sla.resolve_workdays
    local_day = received_at.astimezone(zone).date()
    return reply, end_of_day(add_working_days(local_day, days, overrides), zone)


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """The last moment of local ``day`` (a deadline "by 5 November" means all of it)."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=zone)


class Clocked(Protocol):
    status: str
    reply_due_at: datetime | None
    replied_at: datetime | None
    resolve_due_at: datetime


def next_deadline(c: Clocked) -> tuple[DuePhase, datetime] | None:
    """The next promise to keep: the first reply, then the resolution."""
    status = Status(c.status)
    if status in END_STATUSES:
        return None
    if c.reply_due_at is not None and c.replied_at is None:
        return DuePhase.REPLY, c.reply_due_at
    if status in RESOLVING_STATUSES:
        return DuePhase.RESOLVE, c.resolve_due_at
    return None


# -- tables -------------------------------------------------------------------------------


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_status_due", "status", "due_at"),
        Index("ix_complaints_created_at", "created_at"),
        Index("ix_complaints_room_category", "room_id", "category", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # local date of the serial
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # who and where
    channel: Mapped[str] = mapped_column(String(10))
    complainant: Mapped[str] = mapped_column(String(40), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))
    place: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    households: Mapped[int] = mapped_column(Integer, default=1)
    # what
    content: Mapped[str] = mapped_column(Text)
    written: Mapped[bool] = mapped_column(Boolean, default=False)
    solved_on_spot: Mapped[bool] = mapped_column(Boolean, default=False)
    nature: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(12))
    level: Mapped[str] = mapped_column(String(8))
    major_signs: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    # where it stands
    status: Mapped[str] = mapped_column(String(16))
    tier: Mapped[int] = mapped_column(Integer, default=0)  # a Tier
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    manager_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # deadlines, and the running one kept for SQL
    reply_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    written_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolve_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_phase: Mapped[str] = mapped_column(String(8), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # the steps' own fields
    assessment: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(80), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    carried_out: Mapped[str] = mapped_column(Text, default="")
    confirmation: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_late: Mapped[bool] = mapped_column(Boolean, default=False)
    satisfaction: Mapped[str] = mapped_column(String(20), default="")
    callback_note: Mapped[str] = mapped_column(Text, default="")
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    summary_cause: Mapped[str] = mapped_column(Text, default="")
    summary_lesson: Mapped[str] = mapped_column(Text, default="")
    summary_prevention: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    end_reason: Mapped[str] = mapped_column(Text, default="")  # dismissed or voided: why
    print_count: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintStep(Base):
    """The timeline: every step, escalation and progress note with time and actor."""

    __tablename__ = "complaint_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))  # an Action, or "create"
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10), default="")  # of a progress note
    tier: Mapped[int | None] = mapped_column(Integer)  # of an escalation: the tier reached


class WorkingDayOverride(Base):
    """A day the administrator entered: a working day or a day off, for a year the
    published calendar does not know yet or to correct it."""

    __tablename__ = "working_day_overrides"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(60), default="")
