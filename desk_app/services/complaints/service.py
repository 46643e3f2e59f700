"""Taking a complaint: the serial TS-YYYYMMDD-NNNN, the classification, the deadlines,
the repeat rule, and the project manager told at once of a major one.

The repeat rule (docs/domain.md, "Complaints"): a new complaint from the same home
about the same category within the set hours of an earlier one is linked to it and
escalated one tier further than the earlier one stood; the detail returned says so.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.complaints import (
    ENTITY,
    NOTICE_MAJOR_COMPLAINT,
    SERIAL_KIND,
    Action,
    Category,
    Complaint,
    ComplaintStep,
    Level,
    Status,
    Tier,
    escalated,
    major_signs,
    plan_deadlines,
)
from desk_app.domain.contacts import ContactEntry, FollowUp, RecordLink
from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Notification, Satisfaction, WorkOrder
from desk_app.services.complaints import cleaning
from desk_app.services.complaints.queries import (
    detail_of,
    load_complaint,
    overrides,
    refresh_due,
    sla,
)
from desk_app.services.complaints.views import ComplaintDetail, ComplaintDraft
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, links, notices
from desk_app.services.kit.numbering import next_serial
from desk_app.services.work_orders import entries

if TYPE_CHECKING:
    from desk_app.services.contacts.service import ContactService

# What the detail of a new complaint asks the screen to tell the clerk.
NOTICE_MAJOR = "major"
NOTICE_REPEAT = "repeat"

_CATEGORY_WORDS: tuple[tuple[Category, tuple[str, ...]], ...] = (
    (Category.FEES, ("收费", "物业费", "费用", "账单", "多收", "乱收")),
    (Category.NEIGHBOURS, ("噪音", "吵", "邻居", "楼上", "装修声", "扰民")),
    (Category.ATTITUDE, ("态度", "不理", "骂", "凶", "不耐烦")),
    (Category.INCIDENT, ("火", "爆炸", "被困", "停电", "水淹", "被盗")),
    (Category.FACILITIES, ("电梯", "门禁", "水泵", "路灯", "设备", "设施", "监控")),
    (Category.QUALITY, ("保洁", "垃圾", "绿化", "维修", "拖延", "没人来")),
)


def suggested_category(text: str) -> Category:
    for category, words in _CATEGORY_WORDS:
        if any(word in (text or "") for word in words):
            return category
    return Category.OTHER


class Intake:
    """Opening a complaint and acknowledging a major one (the facade's ``intake``)."""

    def __init__(self, ctx: ServiceContext, contacts: ContactService):
        self.ctx = ctx
        self.contacts = contacts

    def draft_from_contact(self, actor: Actor, entry_id: int) -> ComplaintDraft:
        """The intake form prefilled from a contact entry (who, where, what)."""
        onward = self.contacts.onward_draft(actor, entry_id)
        signs = tuple(major_signs(onward.text))
        return ComplaintDraft(
            complainant=onward.contact_name,
            room_id=onward.room_id,
            place="" if onward.room_id is not None else onward.place,  # the room says it
            phone=onward.phone,
            content=onward.text,
            category=suggested_category(onward.text),
            major=bool(signs),
            signs=signs,
            source=onward.source,
        )

    def draft_from_work_order(self, actor: Actor, order_id: int) -> ComplaintDraft:
        """The intake form of a resident dissatisfied at a work order's callback."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.read() as session:
            order = session.get(WorkOrder, order_id)
            if order is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No work order with number {id}."), id=order_id
                )
            satisfied = order.satisfaction and order.satisfaction != Satisfaction.DISSATISFIED
            text = f"对派工单{order.serial}的处理不满意：{order.description}"
            return ComplaintDraft(
                complainant=order.contact_name,
                room_id=order.room_id,
                place=order.place,
                phone=order.contact_phone,
                content=text if not satisfied else order.description,
                category=Category.QUALITY,
                source=links.RecordRef("work_order", order.id),
            )

    def create(self, actor: Actor, draft: ComplaintDraft) -> ComplaintDetail:
        require(actor, Permission.LOG_WORK)
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            values = cleaning.clean_draft(session, draft, now)
            source_entry = _check_source(session, draft.source)
            rules = sla(session)
            major = bool(draft.major)
            day = self.ctx.local(now).date()
            complaint = Complaint(
                serial=next_serial(session, SERIAL_KIND, day),
                day=day,
                created_at=now,
                created_by_id=actor.user_id,
                status=Status.RECEIVED.value,
                level=(Level.MAJOR if major else Level.GENERAL).value,
                tier=int(Tier.MANAGER if major else Tier.DESK),
                **_defaults(),
                **values,
            )
            complaint.reply_due_at, complaint.resolve_due_at = plan_deadlines(
                complaint.received_at,
                complaint.nature,
                complaint.solved_on_spot,
                rules,
                self.ctx.zone,
                overrides(session),
            )
            refresh_due(complaint)
            session.add(complaint)
            session.flush()
            self._step(session, actor, complaint, "create", now, "")
            audit.record(
                session, self.ctx, actor, "create", ENTITY, complaint.id,
                new=cleaning.snapshot(complaint),
            )  # fmt: skip
            notices: list[str] = []
            if major:
                self._step(
                    session, actor, complaint, Action.ESCALATE.value, now,
                    "重大投诉，立即上报项目经理", tier=Tier.MANAGER,
                )  # fmt: skip
                notify_managers(session, self.ctx, actor, complaint)
                notices.append(NOTICE_MAJOR)
            earlier = _earlier_same(session, complaint, rules.repeat_hours)
            if earlier is not None:
                complaint.repeat_of_id = earlier.id
                complaint.tier = int(escalated(max(complaint.tier, earlier.tier)))
                links.link(
                    session, self.ctx, actor,
                    links.RecordRef(ENTITY, earlier.id), links.RecordRef(ENTITY, complaint.id),
                )  # fmt: skip
                reason = f"{rules.repeat_hours}小时内同一房屋同类投诉（{earlier.serial}），自动升级"
                self._step(
                    session, actor, complaint, Action.ESCALATE.value, now, reason,
                    tier=Tier(complaint.tier),
                )  # fmt: skip
                audit.record(
                    session, self.ctx, actor, "escalate", ENTITY, complaint.id,
                    new={"tier": complaint.tier, "repeat_of": earlier.serial}, reason=reason,
                )  # fmt: skip
                notices.append(NOTICE_REPEAT)
            if draft.source is not None:
                links.link(
                    session, self.ctx, actor, draft.source, links.RecordRef(ENTITY, complaint.id)
                )
            if source_entry is not None:
                entries.hand_over(session, self.ctx, actor, source_entry, complaint)
            return detail_of(session, self.ctx, complaint, tuple(notices))

    def acknowledge(self, actor: Actor, complaint_id: int) -> ComplaintDetail:
        """The project manager has seen the major complaint: the banner goes."""
        require(actor, Permission.CLOSE_MAJOR, ACTION_ACKNOWLEDGE)
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            complaint = load_complaint(session, complaint_id, lock=True)
            if complaint.level != Level.MAJOR:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "{record} is not a major complaint."),
                    record=complaint.serial,
                )
            if complaint.acknowledged_at is None:
                complaint.acknowledged_at, complaint.acknowledged_by_id = now, actor.user_id
                for note in session.scalars(
                    select(Notification).where(
                        Notification.entity_type == ENTITY,
                        Notification.entity_id == complaint.id,
                        Notification.read_at.is_(None),
                    )
                ):
                    note.read_at, note.read_by_id = now, actor.user_id
                audit.record(
                    session, self.ctx, actor, "acknowledge", ENTITY, complaint.id,
                    new={"acknowledged_at": now},
                )  # fmt: skip
            return detail_of(session, self.ctx, complaint)

    def _step(
        self,
        session: Session,
        actor: Actor,
        complaint: Complaint,
        action: str,
        at,
        reason: str,
        tier: Tier | None = None,
    ) -> None:
        session.add(
            ComplaintStep(
                complaint_id=complaint.id,
                at=at,
                actor_id=actor.user_id,
                action=action,
                from_status="" if action == "create" else complaint.status,
                to_status=complaint.status,
                reason=reason,
                channel="",
                tier=int(tier) if tier is not None else None,
            )
        )


ACTION_ACKNOWLEDGE = QT_TRANSLATE_NOOP("Roles", "acknowledge major complaints")


def _earlier_same(session: Session, complaint: Complaint, hours: int) -> Complaint | None:
    """The latest earlier complaint from the same home about the same category within
    ``hours`` of this one, not voided."""
    if complaint.room_id is None:
        return None
    since = complaint.received_at - timedelta(hours=hours)
    return session.scalar(
        select(Complaint)
        .where(
            Complaint.room_id == complaint.room_id,
            Complaint.category == complaint.category,
            Complaint.id != complaint.id,
            Complaint.status != Status.VOIDED.value,
            Complaint.received_at >= since,
            Complaint.received_at <= complaint.received_at,
        )
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
        .limit(1)
    )


def _check_source(session: Session, source: links.RecordRef | None) -> ContactEntry | None:
    """The record a complaint is made from exists; a contact entry is returned so that
    its follow-up becomes the complaint's."""
    if source is None:
        return None
    if source.kind == "work_order":
        if session.get(WorkOrder, source.id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No work order with number {id}."), id=source.id
            )
        return None
    if source.kind != "contact":
        raise ValidationError(field="source")
    entry = session.get(ContactEntry, source.id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No entry with number {id}."), id=source.id)
    if entry.voided:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Entry {serial} has been voided."), serial=entry.serial
        )
    return entry


def entries_of(session: Session, complaint: Complaint) -> list[ContactEntry]:
    """The contact entries a complaint was made from."""
    ids = select(RecordLink.source_id).where(
        RecordLink.source_type == "contact",
        RecordLink.target_type == ENTITY,
        RecordLink.target_id == complaint.id,
    )
    query = select(ContactEntry).where(ContactEntry.id.in_(ids), ContactEntry.voided.is_(False))
    return list(session.scalars(query.with_for_update()))


def follow_up_done(
    session: Session, ctx: ServiceContext, actor: Actor, complaint: Complaint, outcome: str
) -> None:
    """The complaint is settled: the entries it was made from are done with it."""
    for entry in entries_of(session, complaint):
        if entry.follow_up_status != FollowUp.DONE:
            entries.set_follow_up(
                session, ctx, actor, entry, FollowUp.DONE, f"{complaint.serial} {outcome}"[:200]
            )


def follow_up_reopened(
    session: Session, ctx: ServiceContext, actor: Actor, complaint: Complaint
) -> None:
    """Voided in error: the entry is open again unless it has moved on."""
    for entry in entries_of(session, complaint):
        if entry.follow_up_status == FollowUp.HANDED and entry.follow_up_result == complaint.serial:
            entries.set_follow_up(session, ctx, actor, entry, FollowUp.OPEN, "")


def _defaults() -> dict:
    return {
        "due_phase": "",
        "assessment": "",
        "cause": "",
        "responsible": "",
        "resolution": "",
        "carried_out": "",
        "confirmation": "",
        "resolved_late": False,
        "satisfaction": "",
        "callback_note": "",
        "summary_cause": "",
        "summary_lesson": "",
        "summary_prevention": "",
        "end_reason": "",
        "print_count": 0,
    }


def notify_managers(
    session: Session, ctx: ServiceContext, actor: Actor, complaint: Complaint
) -> None:
    """Every active project manager is told of a major complaint (a notice each)."""
    notices.notify_managers(
        session,
        ctx,
        actor,
        kind=NOTICE_MAJOR_COMPLAINT,
        entity=ENTITY,
        record_id=complaint.id,
        summary=f"{complaint.serial} {complaint.content[:60]}",
    )
    complaint.manager_notified_at = ctx.now()
