"""The contact log's use cases: log, amend, void, follow up, review and sign the day,
read, print and export. Each method is one user action in one transaction; the
work is done by the functions of ``cleaning``, ``steps``, ``queries`` and ``export``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from desk_app.domain.contacts import SERIAL_KIND, ContactEntry, FollowUp
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.services.contacts import export, queries, steps
from desk_app.services.contacts.cleaning import clean, snapshot
from desk_app.services.contacts.views import (
    CHANNELS,
    DAY_ENTITY,
    ENTITY,
    HISTORY_FIELDS,
    ChannelInfo,
    ContactDetail,
    ContactDraft,
    ContactFilter,
    ContactRow,
    DayStatus,
    channel_info,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs, links, vocabularies
from desk_app.services.kit.change_history import HistoryLine, read_history
from desk_app.services.kit.export import export_audited, table_of
from desk_app.services.kit.numbering import next_serial
from desk_app.services.settings import setting_value

PAGE = 200


class ContactService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- channels -----------------------------------------------------------------

    def channels(self, include_inactive: bool = False) -> list[ChannelInfo]:
        return vocabularies.entries(
            self.ctx, CHANNELS, channel_info, include_inactive=include_inactive
        )

    def save_channel(
        self, actor: Actor, code: str, label: str, outgoing: bool, active: bool = True
    ) -> ChannelInfo:
        """Add or relabel a channel (admin); channels in use are disabled, never removed."""
        return vocabularies.save(
            self.ctx,
            actor,
            CHANNELS,
            code,
            label,
            info=channel_info,
            active=active,
            outgoing=outgoing,
        )

    # -- logging and amending --------------------------------------------------------

    def log(self, actor: Actor, draft: ContactDraft) -> ContactDetail:
        """Log one call or visit; the serial is taken in the same transaction."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            values = clean(session, self.ctx, draft)
            day = self.ctx.local(values["occurred_at"]).date()
            if queries.is_signed(session, day) and not actor.can(Permission.SIGN_DAY):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{day} has been signed; only a supervisor can add to it."
                    ),
                    field="occurred_at",
                    day=day.isoformat(),
                )
            entry = ContactEntry(
                serial=next_serial(session, SERIAL_KIND, day),
                day=day,
                received_by_id=actor.user_id,
                created_at=self.ctx.now(),
                **values,
            )
            session.add(entry)
            session.flush()
            audit.record(session, self.ctx, actor, "create", ENTITY, entry.id, new=snapshot(entry))
            steps.note_change_after_signing(session, self.ctx, actor, entry, "create")
            return queries.detail_of(session, self.ctx, entry)

    def update(
        self, actor: Actor, entry_id: int, draft: ContactDraft, reason: str = ""
    ) -> ContactDetail:
        """Amend an entry: its author until the day is signed; after that a supervisor,
        with a reason. Voided entries stay as they are."""
        with self.ctx.db.write() as session:
            entry = queries.get_entry(session, entry_id)
            self._check_amend(session, actor, entry, reason)
            values = clean(session, self.ctx, draft, kept_channel=entry.channel_code)
            if self.ctx.local(values["occurred_at"]).date() != entry.day:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "An entry stays on its day ({day}); void it and log it again."
                    ),
                    field="occurred_at",
                    day=entry.day.isoformat(),
                )
            before = snapshot(entry)
            for key, value in values.items():
                setattr(entry, key, value)
            old, new = audit.changed_fields(before, snapshot(entry))
            if new:
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "update",
                    ENTITY,
                    entry.id,
                    old=old,
                    new=new,
                    reason=inputs.text(reason, "reason"),
                )
                steps.note_change_after_signing(session, self.ctx, actor, entry, "update")
            return queries.detail_of(session, self.ctx, entry)

    def set_follow_up(
        self, actor: Actor, entry_id: int, status: FollowUp | str, result: str
    ) -> ContactDetail:
        """Follow-up goes on after the day is signed: it is progress, not an amendment."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            entry = queries.get_entry(session, entry_id)
            steps.follow_up(session, self.ctx, actor, entry, status, result)
            return queries.detail_of(session, self.ctx, entry)

    def void(self, actor: Actor, entry_id: int, reason: str) -> ContactDetail:
        require(actor, Permission.VOID)
        reason = inputs.reason(reason)
        with self.ctx.db.write() as session:
            entry = queries.get_entry(session, entry_id)
            steps.refuse_voided(entry)
            entry.voided, entry.void_reason = True, reason
            entry.voided_by_id, entry.voided_at = actor.user_id, self.ctx.now()
            audit.record(
                session,
                self.ctx,
                actor,
                "void",
                ENTITY,
                entry.id,
                old={"voided": False},
                new={"voided": True},
                reason=reason,
            )
            steps.note_change_after_signing(session, self.ctx, actor, entry, "void")
            return queries.detail_of(session, self.ctx, entry)

    def link_onward(self, actor: Actor, entry_id: int, target: links.RecordRef) -> None:
        """Link a record made from this entry (called by the target's service)."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            queries.get_entry(session, entry_id)
            links.link(session, self.ctx, actor, links.RecordRef(ENTITY, entry_id), target)

    def onward_draft(self, actor: Actor, entry_id: int) -> links.OnwardDraft:
        """The prefill for a work order, complaint or card request made from this entry."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.read() as session:
            entry = queries.get_entry(session, entry_id)
            steps.refuse_voided(entry)
            return links.OnwardDraft(
                source=links.RecordRef(ENTITY, entry.id),
                room_id=entry.room_id,
                place=entry.place,
                contact_name=entry.caller_name,
                phone=entry.phone,
                text=entry.content,
            )

    # -- review and sign-off -----------------------------------------------------------

    def review(self, actor: Actor, entry_id: int, remark: str = "") -> ContactDetail:
        return self.review_many(actor, [entry_id], remark)[0]

    def review_many(
        self, actor: Actor, entry_ids: Sequence[int], remark: str = ""
    ) -> list[ContactDetail]:
        """Review several entries at once (the supervisor's selection), in one
        transaction: all of them or, when one cannot be, none."""
        require(actor, Permission.REVIEW)
        with self.ctx.db.write() as session:
            entries = steps.review(session, self.ctx, actor, entry_ids, remark)
            return [queries.detail_of(session, self.ctx, entry) for entry in entries]

    def sign_day(self, actor: Actor, day: date) -> DayStatus:
        """The supervisor's signature under a day: its entries are locked from now on.
        A day changed after it was signed is signed again."""
        require(actor, Permission.SIGN_DAY)
        if day > self.ctx.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{day} has not come yet."), day=day.isoformat()
            )
        with self.ctx.db.write() as session:
            steps.sign(session, self.ctx, actor, day)
        return self.day_status(actor, day)

    def day_status(self, actor: Actor, day: date) -> DayStatus:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.day_status(session, day)

    def last_day(self, actor: Actor) -> date | None:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return session.scalar(select(func.max(ContactEntry.day)))

    def last_moment(self, actor: Actor) -> datetime | None:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return session.scalar(select(func.max(ContactEntry.occurred_at)))

    def unsigned_days(self, actor: Actor, limit: int = 60) -> list[date]:
        """Past days with entries but no signature, newest first (the supervisor's to-do)."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.unsigned_days(session, self.ctx, limit)

    def days_changed_after_signing(self, actor: Actor, limit: int = 60) -> list[DayStatus]:
        """Signed days that got an entry logged, amended or voided after the signature,
        newest first: the supervisor signs them again."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.days_changed_after_signing(session, limit)

    # -- paper and files ---------------------------------------------------------------

    def print_register(self, actor: Actor, day: date) -> bytes:
        """The day's 来电来访登记表 as PDF bytes; every print is audited."""
        require(actor, Permission.LOG_WORK)
        from desk_app.printing.layout import Letterhead

        flt = ContactFilter(date_from=day, date_to=day)
        rows = list(
            export.all_rows(lambda after, limit: self.search(actor, flt, after=after, limit=limit))
        )
        status = self.day_status(actor, day)
        with self.ctx.db.read() as session:
            letterhead = Letterhead(
                setting_value(session, "center.name"),
                setting_value(session, "center.address"),
                setting_value(session, "center.phone"),
            )
        pdf = export.register_pdf(self.ctx, day, rows, status, letterhead, actor.display_name)
        with self.ctx.db.write() as session:  # only once the PDF exists: a failed one is no print
            audit.record(session, self.ctx, actor, "print", DAY_ENTITY, day.isoformat())
        return pdf

    def export(self, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path) -> int:
        """Export the entries of a date range with Chinese column names (supervisor)."""
        require(actor, Permission.EXPORT)
        flt = ContactFilter(date_from=date_from, date_to=date_to)
        records = export.all_rows(
            lambda after, limit: self.search(actor, flt, after=after, limit=limit)
        )
        header, rows = table_of(export.export_columns(self.ctx), records)
        return export_audited(
            self.ctx, actor, "contacts", f"{date_from}..{date_to}", path, fmt, header, rows
        )

    # -- reading ------------------------------------------------------------------------

    def get(self, actor: Actor, entry_id: int) -> ContactDetail:
        """One entry in full: what its form, its history and one step onwards need."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.detail_of(session, self.ctx, queries.get_entry(session, entry_id))

    def history(self, actor: Actor, entry_id: int) -> list[HistoryLine]:
        """The entry's 修改记录, oldest first, worded for the clerk."""
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, HISTORY_FIELDS, ENTITY, entry_id)

    def search(
        self, actor: Actor, flt: ContactFilter, *, after: int | None = None, limit: int = PAGE
    ) -> list[ContactRow]:
        """A page of list rows, newest first: the first page, or the one after the entry
        ``after`` (the last row of the page before; see ``queries.page``)."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            entries = queries.page(session, self.ctx, flt, after=after, limit=limit)
            return queries.rows_of(session, self.ctx, entries)

    def count(self, actor: Actor, flt: ContactFilter) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.count(session, self.ctx, flt)

    def recent_for_room(self, actor: Actor, room_id: int, limit: int = 10) -> list[ContactRow]:
        return self.search(actor, ContactFilter(room_id=room_id), limit=limit)

    # -- internals -------------------------------------------------------------------------

    def _check_amend(self, session, actor: Actor, entry: ContactEntry, reason: str) -> None:
        steps.refuse_voided(entry)
        if queries.is_signed(session, entry.day):
            if not actor.can(Permission.SIGN_DAY):
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{day} has been signed; only a supervisor can amend its entries."
                    ),
                    day=entry.day.isoformat(),
                )
            inputs.reason(reason)
            return
        if actor.can(Permission.SIGN_DAY):  # the supervisor corrects before signing
            return
        require(actor, Permission.EDIT_OWN)
        if entry.received_by_id != actor.user_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only the clerk who logged an entry can change it.")
            )
