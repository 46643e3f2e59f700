"""The card screen's words: labels of the card states, kinds and relations in the
interface language, a card found by the reader, and one request's detail as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desk_app.domain.card_requests import (
    ACTION_LABELS,
    CARD_STATE_LABELS,
    CONSENT_LABELS,
    CONTEXT,
    KIND_LABELS,
    RELATION_LABELS,
    STATUS_LABELS,
    Action,
    CardState,
    Consent,
    Relation,
    RequestKind,
    Status,
)
from desk_app.services.cards.views import CardFound, CardRequestDetail
from desk_app.services.context import ServiceContext
from desk_app.ui.i18n import translate

STATE_COLOURS = {
    CardState.ACTIVE: "#1b5e20",
    CardState.LOST_BLOCKED: "#b00020",
    CardState.DAMAGED_RETURNED: "#795548",
    CardState.CANCELLED: "#616161",
}


def state_word(state: str) -> str:
    return translate(CONTEXT, CARD_STATE_LABELS[CardState(state)])


def kind_word(kind: str) -> str:
    return translate(CONTEXT, KIND_LABELS[RequestKind(kind)])


def status_word(status: str) -> str:
    return translate(CONTEXT, STATUS_LABELS[Status(status)])


def action_word(action: str) -> str:
    if action in set(Action):
        return translate(CONTEXT, ACTION_LABELS[Action(action)])
    return QCoreApplication.translate("CardsWords", "Request taken")


def relation_word(relation: str) -> str:
    return translate(CONTEXT, RELATION_LABELS[Relation(relation)])


def consent_word(consent: str) -> str:
    return translate(CONTEXT, CONSENT_LABELS[Consent(consent)]) if consent else ""


def found_html(found: CardFound) -> str:
    """What a swiped card is, in one line: its state in colour, whose, since when."""
    card = found.current
    if card is None:
        text = QCoreApplication.translate("CardsWords", "Card %1 is not in the register.").replace(
            "%1", found.number
        )
        return f"<b>{escape(text)}</b>"
    colour = STATE_COLOURS[CardState(card.state)]
    state = escape(state_word(card.state))
    whose = escape(f"{card.shown} · {card.room} · {card.holder}")
    older = len(found.cards) - 1
    more = (
        escape(
            QCoreApplication.translate("CardsWords", " (issued %1 time(s) before)").replace(
                "%1", str(older)
            )
        )
        if older
        else ""
    )
    return (
        f'<span style="font-size:15px"><b style="color:{colour}">{state}</b> {whose}{more}</span>'
    )


def detail_html(ctx: ServiceContext, r: CardRequestDetail) -> str:
    def when(moment) -> str:
        return ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    money = (
        QCoreApplication.translate("CardsWords", "%1 yuan, waived: %2")
        .replace("%1", str(r.fee))
        .replace("%2", r.waive_reason)
        if r.fee_waived
        else QCoreApplication.translate("CardsWords", "%1 yuan").replace("%1", str(r.amount))
    )
    rows = [
        (QCoreApplication.translate("CardsWords", "Kind"), kind_word(r.kind)),
        (QCoreApplication.translate("CardsWords", "Status"), status_word(r.status)),
        (QCoreApplication.translate("CardsWords", "Home"), r.room),
        (
            QCoreApplication.translate("CardsWords", "Applicant"),
            f"{r.applicant}（{relation_word(r.relation)}）",
        ),
        (
            QCoreApplication.translate("CardsWords", "Owner's consent"),
            " ".join(p for p in (consent_word(r.consent), r.consent_note) if p),
        ),
        (QCoreApplication.translate("CardsWords", "Phone"), r.phone),
        (QCoreApplication.translate("CardsWords", "ID number"), r.id_number),
        (QCoreApplication.translate("CardsWords", "Cards"), str(r.card_count)),
        (QCoreApplication.translate("CardsWords", "Old cards"), "、".join(r.old_cards)),
        (QCoreApplication.translate("CardsWords", "New cards"), "、".join(r.new_cards)),
        (QCoreApplication.translate("CardsWords", "Documents checked"), "、".join(r.documents)),
        (QCoreApplication.translate("CardsWords", "Fee"), money),
        (QCoreApplication.translate("CardsWords", "Reason"), r.reason),
        (QCoreApplication.translate("CardsWords", "Taken"), f"{when(r.created_at)} {r.created_by}"),
        (
            QCoreApplication.translate("CardsWords", "Decided"),
            f"{when(r.decided_at)} {r.decided_by} {r.decision_note}".strip(),
        ),
        (
            QCoreApplication.translate("CardsWords", "Handed over"),
            f"{when(r.issued_at)} {r.signed_by}".strip(),
        ),
    ]
    body = "".join(
        f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
        for k, v in rows
        if v
    )
    steps = "".join(
        f"<li>{escape(when(s.at))} {escape(s.actor)} {escape(action_word(s.action))}"
        f"{(' — ' + escape(s.reason)) if s.reason else ''}</li>"
        for s in r.steps
    )
    return f"<h3>{escape(r.serial)}</h3><table>{body}</table><ul>{steps}</ul>"


def card_state_text(kind: str, state: str) -> str:
    """A room-history line's heading: a request and its status, or a card's state."""
    if kind == "card_request":
        return QCoreApplication.translate("CardsWords", "Card request %1").replace(
            "%1", status_word(state)
        )
    return QCoreApplication.translate("CardsWords", "Access card %1").replace(
        "%1", state_word(state)
    )
