"""The steps of a complaint's life (domain.complaints.LIFECYCLE), each through
``run_step``: assess or dismiss, investigate, propose, approve or send back, carry
out, call back, summarise, close; escalate and progress notes on the way; void.

Every step is checked by the life cycle (state, guards, roles: a clerk cannot approve,
the project manager approves and closes a major complaint) and lands in the
complaint's timeline with its time, actor and words.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.complaints import (
    LIFECYCLE,
    SATISFACTION_LABELS,
    Action,
    Category,
    Complaint,
    ComplaintStep,
    Level,
    Nature,
    NoteChannel,
    Satisfaction,
    Tier,
    escalated,
    plan_deadlines,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import Department
from desk_app.services.complaints import service as intake
from desk_app.services.complaints.queries import STORE, detail_of, overrides, sla
from desk_app.services.complaints.views import ComplaintDetail
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import inputs
from desk_app.services.kit.steps import Change, run_step

_SATISFACTION_WORDS = {
    Satisfaction.VERY_SATISFIED: "非常满意",
    Satisfaction.SATISFIED: "满意",
    Satisfaction.FAIR: "一般",
    Satisfaction.DISSATISFIED: "不满意",
}
assert set(_SATISFACTION_WORDS) == set(SATISFACTION_LABELS)


def _required(value: str | None, field: str) -> str:
    text = inputs.text(value, field)
    if len(text) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Fill this in (at least two characters)."), field=field
        )
    return text


class Steps:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _run(
        self,
        actor: Actor,
        complaint_id: int,
        action: Action,
        change: Change | None = None,
        *,
        at: datetime | None = None,
        reason: str = "",
        history: dict | None = None,
    ) -> ComplaintDetail:
        return run_step(
            self.ctx,
            actor,
            LIFECYCLE,
            STORE,
            complaint_id,
            action,
            change,
            at=at,
            reason=reason,
            history=history or {"channel": ""},
            then=lambda session, c: detail_of(session, self.ctx, c),
        )

    def assess(
        self,
        actor: Actor,
        complaint_id: int,
        *,
        nature: Nature | str,
        category: Category | str,
        assessment: str = "",
        major: bool | None = None,
        department_id: int | None = None,
    ) -> ComplaintDetail:
        """Classified with the clerk's judgement: nature, content, level. A change of
        nature moves the resolution deadline; one found major goes to the manager."""
        nature = inputs.choice(Nature, nature, "nature")
        category = inputs.choice(Category, category, "category")
        assessment = inputs.text(assessment, "assessment")

        def change(session: Session, c: Complaint, moment: datetime):
            old = {"nature": c.nature, "category": c.category, "level": c.level}
            if nature.value != c.nature:
                c.reply_due_at, c.resolve_due_at = plan_deadlines(
                    c.received_at, nature, c.solved_on_spot, sla(session), self.ctx.zone,
                    overrides(session),
                )  # fmt: skip
            c.nature, c.category, c.assessment = nature.value, category.value, assessment
            if department_id is not None:
                _department(session, department_id)
                c.department_id = department_id
            if major and c.level != Level.MAJOR:
                c.level = Level.MAJOR.value
                c.tier = max(c.tier, int(Tier.MANAGER))
                intake.notify_managers(session, self.ctx, actor, c)
            return old, {"nature": c.nature, "category": c.category, "level": c.level}

        return self._run(actor, complaint_id, Action.ASSESS, change, reason=assessment)

    def dismiss(self, actor: Actor, complaint_id: int, explanation: str) -> ComplaintDetail:
        """Not a valid complaint: closed with the explanation given to the complainant."""
        explanation = inputs.reason(explanation, "reason")

        def change(session: Session, c: Complaint, moment: datetime):
            c.end_reason, c.closed_at = explanation, moment
            intake.follow_up_done(session, self.ctx, actor, c, f"无效投诉：{explanation}")
            return {}, {"end_reason": explanation}

        return self._run(actor, complaint_id, Action.DISMISS, change, reason=explanation)

    def investigate(
        self,
        actor: Actor,
        complaint_id: int,
        *,
        cause: str,
        responsible: str,
        department_id: int | None = None,
    ) -> ComplaintDetail:
        cause = _required(cause, "cause")
        responsible = inputs.line(responsible, "responsible", inputs.limits.PLACE)
        if not responsible:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Name the party responsible."), field="responsible"
            )

        def change(session: Session, c: Complaint, moment: datetime):
            if department_id is not None:
                _department(session, department_id)
                c.department_id = department_id
            c.cause, c.responsible = cause, responsible
            return {}, {"cause": cause, "responsible": responsible}

        return self._run(actor, complaint_id, Action.INVESTIGATE, change, reason=cause)

    def propose(self, actor: Actor, complaint_id: int, resolution: str) -> ComplaintDetail:
        resolution = _required(resolution, "resolution")

        def change(session: Session, c: Complaint, moment: datetime):
            old = {"resolution": c.resolution}
            c.resolution = resolution
            return old, {"resolution": resolution}

        return self._run(actor, complaint_id, Action.PROPOSE, change, reason=resolution)

    def approve(self, actor: Actor, complaint_id: int, note: str = "") -> ComplaintDetail:
        """A supervisor approves the resolution; the project manager a major one's."""
        note = inputs.text(note, "note")

        def change(session: Session, c: Complaint, moment: datetime):
            c.approved_at, c.approved_by_id = moment, actor.user_id
            return {}, {"approved_at": moment}

        return self._run(actor, complaint_id, Action.APPROVE, change, reason=note)

    def reject(self, actor: Actor, complaint_id: int, reason: str) -> ComplaintDetail:
        reason = inputs.reason(reason)
        return self._run(actor, complaint_id, Action.REJECT, reason=reason)

    def carry_out(
        self,
        actor: Actor,
        complaint_id: int,
        *,
        done: str,
        confirmation: str,
        at: datetime | None = None,
    ) -> ComplaintDetail:
        """What was done, and how the complainant confirmed it: the complaint is
        resolved (late when after its deadline)."""
        done = _required(done, "done")
        confirmation = _required(confirmation, "confirmation")

        def change(session: Session, c: Complaint, moment: datetime):
            c.carried_out, c.confirmation = done, confirmation
            c.resolved_at, c.resolved_late = moment, moment > c.resolve_due_at
            return {}, {"resolved_at": moment, "resolved_late": c.resolved_late}

        return self._run(actor, complaint_id, Action.CARRY_OUT, change, at=at, reason=done)

    def callback(
        self, actor: Actor, complaint_id: int, satisfaction: Satisfaction | str, note: str = ""
    ) -> ComplaintDetail:
        level = inputs.choice(Satisfaction, satisfaction, "satisfaction")
        note = inputs.text(note, "note")

        def change(session: Session, c: Complaint, moment: datetime):
            c.satisfaction, c.callback_note, c.callback_at = level.value, note, moment
            return {}, {"satisfaction": level.value}

        words = _SATISFACTION_WORDS[level] + (f"：{note}" if note else "")
        return self._run(actor, complaint_id, Action.CALLBACK, change, reason=words)

    def summarise(
        self, actor: Actor, complaint_id: int, *, cause: str, lesson: str, prevention: str
    ) -> ComplaintDetail:
        cause = _required(cause, "summary_cause")
        lesson = _required(lesson, "summary_lesson")
        prevention = _required(prevention, "summary_prevention")

        def change(session: Session, c: Complaint, moment: datetime):
            c.summary_cause, c.summary_lesson, c.summary_prevention = cause, lesson, prevention
            return {}, {"cause": cause, "lesson": lesson, "prevention": prevention}

        return self._run(actor, complaint_id, Action.SUMMARISE, change, reason=prevention)

    def close(self, actor: Actor, complaint_id: int) -> ComplaintDetail:
        def change(session: Session, c: Complaint, moment: datetime):
            c.closed_at = moment
            satisfaction = (
                f"（{_SATISFACTION_WORDS[Satisfaction(c.satisfaction)]}）" if c.satisfaction else ""
            )
            intake.follow_up_done(session, self.ctx, actor, c, f"已结案{satisfaction}")
            return {}, {"closed_at": moment}

        return self._run(actor, complaint_id, Action.CLOSE, change)

    def escalate(self, actor: Actor, complaint_id: int, reason: str) -> ComplaintDetail:
        """One tier up the chain, with the reason; the managers are told when it
        reaches them."""
        reason = inputs.reason(reason)

        def change(session: Session, c: Complaint, moment: datetime):
            old = c.tier
            c.tier = int(escalated(c.tier))
            if c.tier >= Tier.MANAGER and c.manager_notified_at is None:
                intake.notify_managers(session, self.ctx, actor, c)
            return {"tier": old}, {"tier": c.tier}

        def then(session: Session, c: Complaint) -> ComplaintDetail:
            # The timeline row names the tier reached, known only once the row was locked.
            step = session.scalar(
                select(ComplaintStep)
                .where(ComplaintStep.complaint_id == c.id)
                .order_by(ComplaintStep.id.desc())
                .limit(1)
            )
            if step is not None:
                step.tier = c.tier
            return detail_of(session, self.ctx, c)

        return run_step(
            self.ctx, actor, LIFECYCLE, STORE, complaint_id, Action.ESCALATE, change,
            reason=reason, history={"channel": ""}, then=then,
        )  # fmt: skip

    def note(
        self,
        actor: Actor,
        complaint_id: int,
        channel: NoteChannel | str,
        text: str,
        at: datetime | None = None,
    ) -> ComplaintDetail:
        """告知进展: what the complainant was told, when and how. The first counts as the
        reply; one in writing as the written reply."""
        channel = inputs.choice(NoteChannel, channel, "channel")
        text = _required(text, "note")

        def change(session: Session, c: Complaint, moment: datetime):
            new: dict = {"note": text, "channel": channel.value}
            if c.replied_at is None:
                c.replied_at = moment
                new["replied_at"] = moment
            if channel is NoteChannel.WRITTEN and c.written_reply_at is None:
                c.written_reply_at = moment
                new["written_reply_at"] = moment
            return {}, new

        return self._run(
            actor, complaint_id, Action.NOTE, change, at=at, reason=text,
            history={"channel": channel.value},
        )  # fmt: skip

    def void(self, actor: Actor, complaint_id: int, reason: str) -> ComplaintDetail:
        reason = inputs.reason(reason)

        def change(session: Session, c: Complaint, moment: datetime):
            c.end_reason = reason
            intake.follow_up_reopened(session, self.ctx, actor, c)
            return {}, {"end_reason": reason}

        return self._run(actor, complaint_id, Action.VOID, change, reason=reason)


def _department(session: Session, department_id: int) -> Department:
    department = session.get(Department, department_id)
    if department is None or not department.active:
        raise ValidationError(field="department_id")
    return department
