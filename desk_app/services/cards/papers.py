"""The paper of a card request: the application form and the fee receipt.

A preview shows what the next print will be and logs nothing; every print is
counted and audited, and from the second one on the paper says 补打. The ID number
prints masked unless the one printing may see it in full (supervisors, managers).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from desk_app.domain.card_requests import ENTITY, CardRequest, RequestKind
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.services.cards import queries
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.register.labels import room_labels


class Papers:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def form(self, actor: Actor, request_id: int, *, record: bool = True) -> bytes:
        """The application form's PDF; ``record`` False: a preview, logging nothing."""
        from desk_app.printing.card_request_form import render_card_request_form

        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            request = queries.load_request(session, request_id, lock=record)
            reprint = request.print_count > 0
            data = self._form_data(session, actor, request, reprint)
            pdf = render_card_request_form(data)
            if record:
                request.print_count += 1
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "print",
                    ENTITY,
                    request.id,
                    new={"copy": request.print_count, "paper": "form"},
                )
            return pdf

    def receipt(self, actor: Actor, request_id: int, *, record: bool = True) -> bytes:
        """The fee receipt's PDF; refused for a request with nothing to pay."""
        from desk_app.printing.card_request_form import FeeReceipt, render_fee_receipt
        from desk_app.printing.card_words import KIND_WORDS
        from desk_app.printing.layout import Letterhead
        from desk_app.printing.money import capital_amount, money

        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            request = queries.load_request(session, request_id, lock=record)
            amount = queries.amount_due(request)
            if amount <= Decimal("0"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{record} has no fee to pay (free or waived): no receipt."
                    ),
                    record=request.serial,
                )
            center = queries.terms(session)
            kind = RequestKind(request.kind)
            data = FeeReceipt(
                letterhead=Letterhead(
                    center["center.name"], center["center.address"], center["center.phone"]
                ),
                serial=request.serial,
                receipt_no=request.receipt_count + 1,
                room=room_labels(session, [request.room_id]).get(request.room_id, ""),
                payer=request.applicant,
                item=f"住户卡{KIND_WORDS[kind.value]}工本费 × {request.card_count}",
                amount=money(amount),
                amount_capital=capital_amount(amount),
                received_by=actor.display_name,
                received_at=self.ctx.local(self.ctx.now()).strftime("%Y-%m-%d %H:%M"),
                reprint=request.receipt_count > 0,
            )
            pdf = render_fee_receipt(data)
            if record:
                request.receipt_count += 1
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "print",
                    ENTITY,
                    request.id,
                    new={"copy": request.receipt_count, "paper": "receipt", "amount": str(amount)},
                )
            return pdf

    def _form_data(self, session: Session, actor: Actor, request: CardRequest, reprint: bool):
        from desk_app.printing.card_request_form import CardForm
        from desk_app.printing.layout import Letterhead
        from desk_app.printing.money import capital_amount, money

        detail = queries.detail_of(session, self.ctx, request, actor)
        center = queries.terms(session)

        def when(moment) -> str:
            return self.ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

        now = when(self.ctx.now())
        return CardForm(
            letterhead=Letterhead(
                center["center.name"], center["center.address"], center["center.phone"]
            ),
            serial=detail.serial,
            kind=detail.kind,
            status=detail.status,
            created_at=when(detail.created_at),
            handler=detail.created_by,
            room=detail.room,
            applicant=detail.applicant,
            relation=detail.relation,
            phone=detail.phone,
            id_number=detail.id_number,
            card_count=detail.card_count,
            reason=detail.reason,
            checklist=detail.checklist,
            documents=detail.documents,
            consent=detail.consent,
            consent_note=detail.consent_note,
            fee=money(detail.fee),
            fee_waived=detail.fee_waived,
            waive_reason=detail.waive_reason,
            amount=money(detail.amount),
            amount_capital=capital_amount(detail.amount),
            old_cards=detail.old_cards,
            new_cards=detail.new_cards,
            terms=str(center["cards.terms"]),
            decided_by=detail.decided_by,
            decided_at=when(detail.decided_at),
            decision_note=detail.decision_note,
            issued_at=when(detail.issued_at),
            signed_by=detail.signed_by,
            reprint=reprint,
            printed=f"打印：{now} {actor.display_name}",
        )
